// `scan` alone: the command, its readers and the whole 2fa.directory (about 270 KB of data). The entry loads this
// module (dist/scan-app.js) only when `scan` runs or the guide's offer is taken, so no other command compiles it.
export { offerScan, scan } from './commands/scan.js';
