import { wrapText } from './layout.js';
import { displayWidth } from './width.js';

/** A cell's text and how it is painted (after padding: colour codes take no columns but would count as characters). */
export type Cell = string | { text: string; style: (text: string) => string };

/** The narrowest the last column may be before a table gives up: below it, its text would wrap a word a line. */
const MIN_LAST_COLUMN = 14;

/**
 * Rows as aligned columns, each padded to its widest cell by display width (Chinese and full-width characters take
 * two columns, an emoji sequence two, a combining mark none), two spaces apart. The last column is not padded; where
 * the table is wider than `width`, it wraps within its own column. Returns null when even that does not fit, so the
 * caller can lay the rows out another way.
 */
export function formatColumns(rows: readonly (readonly Cell[])[], width: number, indent = ''): string[] | null {
  const text = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);
  const paint = (cell: Cell, shown: string) => (typeof cell === 'string' ? shown : cell.style(shown));
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...rows.map((row) => (row[column] === undefined ? 0 : displayWidth(text(row[column]!))))));
  const lastStart = displayWidth(indent) + widths.slice(0, -1).reduce((sum, each) => sum + each + 2, 0);
  const room = width - lastStart;
  if (room < Math.min(MIN_LAST_COLUMN, widths.at(-1) ?? 0)) return null;
  return rows.map((row) => {
    const lead = row.slice(0, -1).map((cell, column) => paint(cell, text(cell) + ' '.repeat(widths[column]! - displayWidth(text(cell))))).join('  ');
    const last = row.at(-1);
    if (last === undefined) return (indent + lead).trimEnd();
    const lines = wrapText(text(last), room).map((line) => paint(last, line));
    return [`${indent}${lead}${row.length > 1 ? '  ' : ''}${lines[0]}`.trimEnd(), ...lines.slice(1).map((line) => ' '.repeat(lastStart) + line)].join('\n');
  });
}
