import type { Params } from '../i18n.js';
import { t } from '../text.js';
import { padEnd, stringWidth, wrapText } from './layout.js';
import { wrap, type Look } from './render.js';
import { visible } from './visible.js';
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

/** A row of an id table: the id, its name, and a note shown dim. */
export interface IdRow {
  id: string;
  name: string;
  note: string;
}

/**
 * Ids beside their names and a dim note, one line each, the columns lined up by display width (a Chinese name takes
 * two columns a character) across every row given, so separate groups of one table line up too. Where the columns
 * do not fit, the name and note wrap under the id's column. Returns the lines in the rows' order.
 */
export function renderIdTable(rows: readonly IdRow[], look: Look): string[] {
  const table = formatColumns(rows.map((row) => [row.id, row.name, { text: row.note, style: look.paint.dim }]), look.width, '  ');
  const idWidth = Math.max(...rows.map((row) => stringWidth(row.id)));
  return rows.map((row, index) => table?.[index] ?? wrap(`${row.name}  ${look.paint.dim(row.note)}`, look.width, idWidth + 4, `  ${padEnd(row.id, idWidth)}  `));
}

/** A profile as `profile list` shows it. */
export interface ProfileRow {
  name: string;
  active: boolean;
  label: string | null;
  carrier: string | null;
  progress: Params;
}

/** `profile list`: columns by display width; on a narrow terminal, one line each. Names and labels are shown as text. */
export function renderProfiles(rows: readonly ProfileRow[], look: Look): string[] {
  const shown = rows.map((row) => ({ ...row, name: visible(row.name), label: row.label === null ? null : visible(row.label) }));
  const table = formatColumns(
    shown.map((row) => [
      row.active ? { text: '*', style: look.paint.green } : ' ',
      { text: row.name, style: look.paint.bold },
      row.label ?? t(look.lang, 'profileNotSetUp'),
      row.carrier ?? '',
      t(look.lang, 'progressLine', row.progress),
      row.active ? { text: t(look.lang, 'profileActive'), style: look.paint.dim } : '',
    ]),
    look.width,
  );
  if (table) return table;
  const width = Math.max(...shown.map((row) => stringWidth(row.name)));
  return shown.map((row) => {
    const about = [row.label ?? t(look.lang, 'profileNotSetUp'), row.carrier, t(look.lang, 'progressLine', row.progress)].filter(Boolean).join(' · ');
    const marker = row.active ? look.paint.green('*') : ' ';
    return `${marker} ${look.paint.bold(padEnd(row.name, width))}  ${about}${row.active ? look.paint.dim(`  ${t(look.lang, 'profileActive')}`) : ''}`;
  });
}
