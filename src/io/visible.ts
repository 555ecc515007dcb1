/**
 * Text a user typed (notes, reasons, labels, names), made safe to show: control characters become their
 * visible pictures (an escape sequence prints as "␛[2J", a line break as "␊"), and bidi overrides, zero-width
 * and other invisible format characters as "<U+202E>", so no stored text can move the cursor, retitle the
 * window, hide a link or forge a line of output.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]/gu, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
