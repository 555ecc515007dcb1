import { displayWidth as stringWidth } from './width.js';

// Wrapping by display width. Latin words and URLs are kept whole; CJK text may break between any two characters,
// except that closing punctuation never starts a line and opening punctuation never ends one.

const NO_LINE_START = new Set([...'，。、；：？！）」』】》”’…,.;:?!)]}%>']);
const NO_LINE_END = new Set([...'（「『【《“‘([{<']);

/** CJK radicals, punctuation, kana and ideographs, compatibility ideographs and fullwidth forms: a line may break around each. */
const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f';
/** Marks text that must stay on one line (a source's trust label): see `unbreakable`. */
const KEEP_START = '\u0001';
const KEEP_END = '\u0002';
/**
 * A span kept whole, a URL (up to a space or Chinese punctuation, even where it holds other characters), a single
 * CJK character, a run of spaces, or a run of anything else (a Latin word with its punctuation).
 */
const PIECE = new RegExp(`${KEEP_START}[^${KEEP_END}]*${KEEP_END}|https?://[^\\s${KEEP_START}，。；！？、（）［］「」《》【】]+|[${CJK}]| +|[^ ${CJK}${KEEP_START}]+`, 'gu');

/**
 * Text that wrapping never breaks (a source's trust label, "[official: Ultra Mobile; read 2026]"): it moves to the
 * next line whole, and a span wider than the line gets a line of its own and runs past the edge, as a URL does.
 * Only for text that goes through `wrapText`, which removes the marks.
 */
export function unbreakable(text: string): string {
  return `${KEEP_START}${text.replace(/[\u0001\u0002]/g, '')}${KEEP_END}`;
}

/**
 * Splits text into units that may not be broken: a Latin word, a run of spaces, or one CJK character, where
 * closing punctuation joins the unit before it and opening punctuation the unit after it.
 */
function units(text: string): string[] {
  const result: string[] = [];
  for (const [match] of text.matchAll(PIECE)) {
    const piece = match[0] === KEEP_START ? match.slice(1, -1) : match;
    if (!piece) continue;
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
