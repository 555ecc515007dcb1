import { eastAsianWidth } from 'get-east-asian-width';

// Display width in terminal columns, as string-width measures it, without its start-up cost: string-width segments
// graphemes with Intl.Segmenter and an emoji regex, about 40 ms at its first use (measured here: 24 ms to import,
// 17 ms for the first string), which every `list` would pay. A character's width comes from the table string-width
// uses (get-east-asian-width: Unicode's East Asian Width); the clusters a terminal draws as one are recognised
// here: an emoji ZWJ sequence (👨‍👩‍👧), a flag (two regional indicators), a keycap (1️⃣), an emoji presentation
// selector (❤️), a skin tone, combining marks. test/core/width.test.ts checks it against string-width on every
// string simexit ships and on such clusters.

const ANSI = /\u001b\[[0-9;]*m/g;
/** Printable ASCII only: one column a character, the common case in English output. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** Drawn in no column of its own: controls, format characters (ZWJ, bidi marks), combining and enclosing marks, variation selectors. */
const ZERO_WIDTH = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;

/**
 * Whether a character takes no column, as ZERO_WIDTH says (test/core/width.test.ts checks every code point). The ranges simexit's own text uses (Latin-1, punctuation and symbols, CJK,
 * full-width forms, emoji) are answered by comparison; only other scripts reach the Unicode property regex, whose
 * first use costs a quarter of a millisecond that `list` need not pay.
 */
export function isZeroWidth(codePoint: number, char: string): boolean {
  if (codePoint < 0x300) return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || codePoint === 0xad;
  if (codePoint >= 0x2000 && codePoint < 0x2c00) return (codePoint >= 0x200b && codePoint <= 0x200f) || (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2060 && codePoint <= 0x206f) || (codePoint >= 0x20d0 && codePoint <= 0x20f0);
  if (codePoint >= 0x3000 && codePoint < 0xa000) return (codePoint >= 0x302a && codePoint <= 0x302d) || codePoint === 0x3099 || codePoint === 0x309a || codePoint === 0x3164;
  if (codePoint >= 0xff00 && codePoint < 0xfff0) return codePoint === 0xffa0;
  if (codePoint >= 0x1f000 && codePoint < 0x1fb00) return false;
  return ZERO_WIDTH.test(char);
}

/** Outside these, no character is Extended_Pictographic (an emoji, or a symbol an emoji selector can turn into one). */
const mayBePictographic = (codePoint: number) =>
  codePoint === 0xa9 || codePoint === 0xae || (codePoint >= 0x203c && codePoint < 0x3000) || codePoint === 0x3030 || codePoint === 0x303d || codePoint === 0x3297 || codePoint === 0x3299 || codePoint >= 0x1f000;

const isRegionalIndicator = (codePoint: number) => codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
const isKeycapBase = (codePoint: number) => (codePoint >= 0x30 && codePoint <= 0x39) || codePoint === 0x23 || codePoint === 0x2a;

export function displayWidth(text: string): number {
  if (PLAIN_ASCII.test(text)) return text.length;
  let width = 0;
  // The cluster being drawn: its first character, the columns it was given, and what may still join it.
  let base = 0;
  let baseWidth = 0;
  let pictographic = false;
  let joining = false;
  let flagHalf = false;
  for (const char of text.includes('\u001b') ? text.replace(ANSI, '') : text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint === ZWJ) {
      joining = pictographic;
    } else if (codePoint === VS16 || codePoint === KEYCAP) {
      // ❤️ and 1️⃣ are drawn two columns wide, where ❤ and 1 take one.
      const widens = codePoint === VS16 ? pictographic : isKeycapBase(base);
      if (widens && baseWidth === 1) {
        width += 1;
        baseWidth = 2;
      }
    } else if (isZeroWidth(codePoint, char)) {
      // a combining mark or a format character: part of the cluster before it
    } else if (joining && PICTOGRAPHIC.test(char)) {
      // the next emoji of a ZWJ sequence: the whole sequence is drawn as one emoji, two columns
      if (baseWidth === 1) width += 1;
      baseWidth = 2;
      joining = false;
    } else if (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff && pictographic) {
      // a skin tone on the emoji before it
    } else if (isRegionalIndicator(codePoint) && flagHalf) {
      // the second half of a flag: two regional indicators take two columns together
      width += 1;
      flagHalf = false;
    } else {
      base = codePoint;
      baseWidth = codePoint < 0x7f ? 1 : eastAsianWidth(codePoint);
      pictographic = mayBePictographic(codePoint) && PICTOGRAPHIC.test(char);
      flagHalf = isRegionalIndicator(codePoint);
      joining = false;
      width += baseWidth;
    }
  }
  return width;
}
