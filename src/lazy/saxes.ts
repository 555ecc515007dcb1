// saxes, the streaming XML parser scan reads SMS Backup & Restore files and KeePass XML exports with (a 1 GB
// backup is parsed in chunks, never held whole). Loaded through src/lazy.ts by `scan` only.
export { SaxesParser } from 'saxes';
