import { displayWidth as stringWidth } from './width.js';

// Wrapping by display width. Latin words and URLs are kept whole; CJK text may break between any two characters,
// except that closing punctuation never starts a line and opening punctuation never ends one.

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const NO_LINE_START = new Set([...'，。、；：？！）」』】》”’…,.;:?!)]}%']);
const NO_LINE_END = new Set([...'（「『【《“‘([{']);

/** Splits text into units that may not be broken: a Latin word, a run of spaces, or one CJK character. */
function units(text: string): string[] {
  const result: string[] = [];
  for (const char of text) {
    const last = result.at(-1);
    const glue =
      last !== undefined &&
      !CJK.test(char) &&
      !CJK.test(last.at(-1) ?? '') &&
      (char === ' ') === last.endsWith(' ') &&
      !NO_LINE_END.has(last.at(-1) ?? '');
    if (glue) result[result.length - 1] = last + char;
    else if (last !== undefined && (NO_LINE_START.has(char) || NO_LINE_END.has(last.at(-1) ?? ''))) result[result.length - 1] = last + char;
    else result.push(char);
  }
  return result;
}

/** Wraps one paragraph to `width` display columns. A unit wider than a line (a URL) gets a line of its own, uncut. */
function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units(paragraph)) {
    if (stringWidth(line + unit) <= width || (line === '' && stringWidth(unit) <= width)) {
      line += unit;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = unit.startsWith(' ') ? '' : unit;
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Wraps text (which may hold newlines) to `width` columns. Plain text only: colour is applied afterwards. */
export function wrapText(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, Math.max(1, width)));
}

/** Pads by display width, so Chinese (two columns a character) lines up. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export { stringWidth };
