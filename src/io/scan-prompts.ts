import type { Context as PromptContext } from '@inquirer/type';
import type { OutStream } from '../context.js';
import type { Lang } from '../i18n.js';
import { t } from '../text.js';
import { themeFor, type Inquirer } from './prompts.js';
import { displayWidth } from './width.js';

// What `scan` shows on a terminal: the guide's three questions (look through your files? which? which of what was
// found?) and the progress bar. The scan itself (src/scan) knows nothing of prompts; the guide calls these by intent.

/** One line of the list of found services. */
export interface FoundChoice {
  id: string;
  label: string;
  checked: boolean;
  /** Its evidence: the list is grouped under the same headings as `simexit scan` prints. */
  group: 'codes' | 'vault-texts' | 'vault';
}

const GROUP_HEADINGS = { codes: 'scanTierCodes', 'vault-texts': 'scanTierVaultTexts', vault: 'scanTierVault' } as const;

export interface ScanPrompts {
  askScanOffer(lang: Lang): Promise<boolean>;
  /** The files and folders to read, as typed or dropped onto the terminal; empty to skip. */
  askScanPaths(lang: Lang): Promise<string[]>;
  /** The found services to add to the plan. */
  askFoundServices(lang: Lang, choices: readonly FoundChoice[]): Promise<string[]>;
}

/**
 * Paths as a terminal pastes them: separated by spaces, a space kept when escaped (`My\ Backup`) or quoted
 * ('My Backup', "My Backup"), as macOS and Linux terminals write a dropped file. On Windows a backslash is the
 * path separator, never an escape.
 */
export function splitPaths(line: string, platform: NodeJS.Platform = process.platform): string[] {
  const paths: string[] = [];
  let current = '';
  let quote: string | null = null;
  let started = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote) {
      if (char === quote) quote = null;
      else current += char;
    } else if (char === '\\' && platform !== 'win32' && index + 1 < line.length) {
      current += line[++index];
      started = true;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) paths.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) paths.push(current);
  return paths;
}

export function scanOfferQuestion(lang: Lang) {
  return {
    message: t(lang, 'scanOffer'),
    choices: [
      { name: t(lang, 'scanOfferYes'), value: true, description: t(lang, 'scanPrivacy') },
      { name: t(lang, 'scanOfferNo'), value: false },
    ],
    default: false,
    theme: themeFor(lang),
  };
}

export function foundServicesQuestion(lang: Lang, choices: readonly FoundChoice[]) {
  return {
    message: t(lang, 'scanPick'),
    // Inquirer tells a separator by its `type` (Separator.isSeparator), so a plain object serves.
    choices: choices.flatMap((choice, index) => [
      ...(index === 0 || choices[index - 1]!.group !== choice.group
        ? [{ type: 'separator' as const, separator: `── ${t(lang, GROUP_HEADINGS[choice.group], { count: choices.filter((each) => each.group === choice.group).length })}` }]
        : []),
      { name: choice.label, value: choice.id, checked: choice.checked },
    ]),
    pageSize: 12,
    theme: themeFor(lang),
  };
}

export function createScanPrompts({ checkbox, input, select }: Inquirer, context?: PromptContext): ScanPrompts {
  return {
    askScanOffer: (lang) => select(scanOfferQuestion(lang), context),
    askScanPaths: async (lang) => splitPaths(await input({ message: t(lang, 'scanAskPaths') }, context)),
    askFoundServices: (lang, choices) => checkbox<string>(foundServicesQuestion(lang, choices), context),
  };
}

export interface ProgressState {
  bytesDone: number;
  bytesTotal: number;
  messages: number;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

function formatSeconds(lang: Lang, seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const whole = Math.max(0, Math.round(seconds));
  if (whole >= 60) return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return lang === 'zh' ? `${whole} 秒` : `${whole}s`;
}

/** One line of the bar: [#####-----] 45%  120.5 MB / 1.0 GB  · 230,000 messages · 0:12 left */
export function progressLine(lang: Lang, state: ProgressState, elapsedMs: number, width: number): string {
  const fraction = state.bytesTotal > 0 ? Math.min(1, state.bytesDone / state.bytesTotal) : 0;
  const left = fraction > 0 ? ((elapsedMs / fraction) * (1 - fraction)) / 1000 : Number.POSITIVE_INFINITY;
  const text = t(lang, 'scanProgress', {
    percent: Math.floor(fraction * 100),
    done: formatBytes(state.bytesDone),
    total: formatBytes(state.bytesTotal),
    messages: state.messages.toLocaleString('en-US'),
    left: formatSeconds(lang, left),
  });
  const barWidth = Math.max(10, Math.min(30, width - displayWidth(text) - 4));
  const filled = Math.round(fraction * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${text}`;
}

/**
 * The progress bar, drawn on a terminal only (a pipe or a file gets nothing): at most ten redraws a second, on
 * one line that is cleared when the scan ends.
 */
export function progressBar(stream: OutStream, lang: Lang, now: () => number = Date.now): { update(state: ProgressState): void; finish(): void } {
  if (!stream.isTTY) return { update() {}, finish() {} };
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    update(state) {
      const at = now();
      if (at - last < 100 && state.bytesDone < state.bytesTotal) return;
      last = at;
      drawn = true;
      stream.write(`\r\u001b[2K${progressLine(lang, state, at - started, stream.columns ?? 80)}`);
    },
    finish() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
