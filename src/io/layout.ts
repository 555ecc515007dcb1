import { displayWidth as stringWidth } from './width.js';

// Wrapping by display width. Latin words and URLs are kept whole; CJK text may break between any two characters,
// except that closing punctuation never starts a line and opening punctuation never ends one.

const NO_LINE_START = new Set([...'，。、；：？！）」』】》”’…,.;:?!)]}%']);
const NO_LINE_END = new Set([...'（「『【《“‘([{']);

/** CJK radicals, punctuation, kana and ideographs, compatibility ideographs and fullwidth forms: a line may break around each. */
const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f';
/** A single CJK character, a run of spaces, or a run of anything else (a Latin word with its punctuation). */
const PIECE = new RegExp(`[${CJK}]| +|[^ ${CJK}]+`, 'gu');

/**
 * Splits text into units that may not be broken: a Latin word, a run of spaces, or one CJK character, where
 * closing punctuation joins the unit before it and opening punctuation the unit after it.
 */
function units(text: string): string[] {
  const result: string[] = [];
  for (const [piece] of text.matchAll(PIECE)) {
    const last = result.at(-1);
    if (last !== undefined && (NO_LINE_START.has(piece[0]!) || NO_LINE_END.has(last[last.length - 1]!))) result[result.length - 1] = last + piece;
    else result.push(piece);
  }
  return result;
}

/** Wraps one paragraph to `width` display columns. A unit wider than a line (a URL) gets a line of its own, uncut. */
function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const unit of units(paragraph)) {
    const unitWidth = stringWidth(unit);
    if (lineWidth + unitWidth <= width || (line === '' && unitWidth <= width)) {
      line += unit;
      lineWidth += unitWidth;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    // Spaces at a break are dropped; what follows them (a full stop glued to a space) starts the next line.
    line = unit.trimStart();
    lineWidth = stringWidth(line);
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
