// yauzl, which reads a zip's entries one at a time from the file (Google Takeout archives, 1Password's .1pux),
// checking each entry's sizes as it inflates. Loaded through src/lazy.ts by `scan` only.
export { default as yauzl } from 'yauzl';
