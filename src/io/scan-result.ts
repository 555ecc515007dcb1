import { dateIn } from '../core/dates.js';
import { SERVICE_STEP_PREFIX } from '../core/types.js';
import { localize, type Lang } from '../i18n.js';
import type { ScanOutcome } from '../scan/engine.js';
import { MESSAGE_FORMATS, type FoundService } from '../scan/result.js';
import { t } from '../text.js';
import { wrap, type Look } from './render.js';
import { visible } from './visible.js';

// What `simexit scan` prints about what it read and found.

function day(at: number | undefined, timeZone: string | undefined): string | undefined {
  return at === undefined ? undefined : dateIn(new Date(at), timeZone);
}

/** One line about a found service: its evidence, in words. */
export function evidenceLine(found: FoundService, lang: Lang, timeZone: string | undefined): string {
  const first = day(found.first, timeZone);
  const last = day(found.last, timeZone);
  if (found.codes > 0) {
    const when = first && last ? (first === last ? t(lang, 'scanOn', { date: last }) : t(lang, 'scanBetween', { first, last })) : '';
    return `${t(lang, 'scanCodesCount', { count: found.codes })}${when}`;
  }
  return t(lang, 'scanLoginsCount', { count: found.logins });
}

/** What a scan read and found, by evidence: the lines `simexit scan` prints (file names shown as text). */
export function renderScanResult(outcome: ScanOutcome, found: readonly FoundService[], look: Look & { timeZone?: string | undefined }): string {
  const lines: string[] = [];
  const out = (text = '') => lines.push(text);
  const lang = look.lang;
  for (const source of outcome.sources) {
    const key = MESSAGE_FORMATS.has(source.format) ? 'scanReadMessages' : 'scanReadLogins';
    out(look.paint.dim(t(lang, key, { file: visible(source.path), format: t(lang, FORMAT_NAMES[source.format]), count: source.items.toLocaleString('en-US') })));
  }
  out();
  if (!found.length) out(t(lang, 'scanNothingFound'));
  const tiers = [
    ['codes', 'scanTierCodes', 'scanTierCodesWhy'],
    ['vault-texts', 'scanTierVaultTexts', 'scanTierVaultTextsWhy'],
    ['vault', 'scanTierVault', 'scanTierVaultWhy'],
  ] as const;
  for (const [evidence, heading, why] of tiers) {
    const inTier = found.filter((each) => each.evidence === evidence);
    if (!inTier.length) continue;
    out(look.paint.bold(t(lang, heading, { count: inTier.length })));
    out(wrap(t(lang, why), look.width, 2, '  ', look.paint.dim));
    for (const each of inTier) {
      const source = each.entry.kind === '2fa' ? ` ${look.paint.dim(t(lang, 'scanFrom2fa'))}` : '';
      out(`  • ${localize(each.entry.name, lang)}${source} — ${evidenceLine(each, lang, look.timeZone)}`);
      out(look.paint.dim(`    ${t(lang, 'scanStepId', { step: `${SERVICE_STEP_PREFIX}${each.entry.id}` })}`));
    }
    out();
  }
  if (outcome.tally.unattributed) out(wrap(t(lang, 'scanUnattributed', { count: outcome.tally.unattributed }), look.width, 0, ''));
  return lines.join('\n');
}

export const FORMAT_NAMES = {
  'android-sms': 'fmtAndroidSms',
  'google-voice': 'fmtGoogleVoice',
  'iphone-backup': 'fmtIphoneBackup',
  'bitwarden-json': 'fmtBitwardenJson',
  'bitwarden-csv': 'fmtBitwardenCsv',
  '1password-csv': 'fmt1PasswordCsv',
  '1password-1pux': 'fmt1Pux',
  'chromium-csv': 'fmtChromiumCsv',
  'firefox-csv': 'fmtFirefoxCsv',
  'apple-csv': 'fmtAppleCsv',
  'keepass-csv': 'fmtKeePassCsv',
  'keepassxc-csv': 'fmtKeePassXcCsv',
  'keepass-xml': 'fmtKeePassXml',
} as const;
