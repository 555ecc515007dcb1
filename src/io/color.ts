import { Chalk, type ChalkInstance } from 'chalk';

// The only place colours are decided. Separate from render.ts so that commands which draw nothing (--version,
// --help) do not load the renderer.

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

export function createPaint(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
