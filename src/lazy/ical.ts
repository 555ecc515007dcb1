// ical-generator, for `export --format ics` only. Loaded through src/lazy.ts.
export { default as ical } from 'ical-generator';
