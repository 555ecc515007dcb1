// csv-parse (synchronous), for password-manager CSV exports: quoted fields, commas and line breaks inside notes.
// Loaded through src/lazy.ts by `scan` only.
export { parse as parseCsv } from 'csv-parse/sync';
