import { loadChalk } from '../lazy.js';

// The only place colours are decided. Separate from render.ts so that commands which draw nothing (--version,
// --help) do not load the renderer; chalk itself loads only when a stream is in colour.

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour level for one stream. chalk ignores NO_COLOR by design, so the rule is ours: --no-color wins,
 * then FORCE_COLOR, then NO_COLOR (any non-empty value), then no colour unless the stream is a terminal.
 */
export function colorLevel(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }, noColorFlag: boolean): ColorLevel {
  if (noColorFlag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (env.NO_COLOR) return 0;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return env.TERM?.includes('256') ? 2 : 1;
}

export type Style = (text: string) => string;

/** The styles simexit draws with, and nothing more: what render.ts and the commands may use. */
const STYLES = ['bold', 'dim', 'red', 'green', 'yellow', 'cyan', 'gray'] as const;

export type Paint = { readonly level: ColorLevel } & { readonly [name in (typeof STYLES)[number]]: Style };

const plain: Style = (text) => text;
const PLAIN = { level: 0, ...Object.fromEntries(STYLES.map((name) => [name, plain])) } as Paint;

/** No colour costs nothing; colour loads chalk (and the terminal checks it makes) for this run. */
export async function createPaint(level: ColorLevel): Promise<Paint> {
  if (level === 0) return PLAIN;
  const chalk = new (await loadChalk())({ level });
  return { level, ...Object.fromEntries(STYLES.map((name) => [name, (text: string) => chalk[name](text)])) } as Paint;
}
