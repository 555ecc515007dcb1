// npm run bench (second part): the scan of an SMS Backup & Restore file beside the same file streamed through the
// XML parser alone (saxes, the same 64 KB chunks, decoding and error handling, an opentag handler that only counts).
//
// Files of 10 MB, 100 MB and 1 GB are generated here (test/scan/tools/sms-backup.ts, a fixed seed) in a temp folder
// and deleted at the end; the 1 GB one is never committed. For each: messages per second and peak memory (RSS, from
// /usr/bin/time) of `simexit scan <file> --json` and of the parser alone, the median of ROUNDS runs (one for 1 GB).
// Targets (issue 16): peak memory under 150 MB whatever the size, and the scan within 2× of the parser's time.
//
//   SCAN_BENCH_SIZES=10,100 npm run bench     (sizes in MB; default 10,100,1024)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ROOT } from '../helpers/bin.js';
import { CHUNK_BYTES } from '../../src/scan/read-android.js';
import { writeLargeBackup } from '../scan/tools/sms-backup.js';

const SIZES_MB = (process.env.SCAN_BENCH_SIZES ?? '10,100,1024').split(',').map(Number);
const RSS_LIMIT_MB = 150;
const TIME_RATIO_LIMIT = 2;
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simexit-scan-bench-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// The parser alone, as read-android.ts drives it, from the built bundle simexit loads.
const parserAlone = path.join(dir, 'parser-alone.cjs');
fs.writeFileSync(
  parserAlone,
  `const fs = require('fs');
const { StringDecoder } = require('string_decoder');
const { SaxesParser } = require(${JSON.stringify(path.join(ROOT, 'dist/lazy/saxes.js'))});
const parser = new SaxesParser({ position: true });
let messages = 0;
parser.on('error', () => {});
parser.on('opentag', (tag) => { if (tag.name === 'sms' || tag.name === 'mms') messages++; });
const decoder = new StringDecoder('utf8');
Error.stackTraceLimit = 0; // as read-android.ts parses: saxes reports each tolerated character as an Error
(async () => {
  for await (const chunk of fs.createReadStream(process.argv[2], { highWaterMark: ${CHUNK_BYTES} })) parser.write(decoder.write(chunk));
  parser.write(decoder.end()).close();
  process.stdout.write(JSON.stringify({ scanned: [{ items: messages }] }));
})();
`,
);

interface Run {
  seconds: number;
  rssMb: number | null;
  messages: number;
}

function runOnce(args: string[]): Run {
  const command = TIME ? [TIME, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0]!, command.slice(1), { env: { ...process.env, SIMEXIT_HOME: path.join(dir, 'home'), NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const rssKb = TIME ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, rssMb: Number.isFinite(rssKb) ? rssKb / 1024 : null, messages: JSON.parse(result.stdout).scanned[0].items };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pad = (text: string, width: number) => text.padEnd(width);

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist/scan-app.js'))) throw new Error('run `npm run build` first');
  console.log(`\nscan: Node ${process.version}, ${os.cpus().length} cores; SMS Backup & Restore files generated with a fixed seed\n`);
  console.log(`${pad('file', 10)}${pad('messages', 12)}${pad('what', 14)}${pad('seconds', 10)}${pad('messages/s', 13)}${pad('peak RSS MB', 13)}verdict`);
  let failed = false;
  for (const sizeMb of SIZES_MB) {
    const file = path.join(dir, `sms-${sizeMb}mb.xml`);
    await writeLargeBackup(file, sizeMb * 1024 * 1024, 1);
    const rounds = sizeMb >= 1024 ? 1 : 3;
    const measure = (args: string[]) => {
      const runs = Array.from({ length: rounds }, () => runOnce(args));
      const rss = runs.map((run) => run.rssMb).filter((value): value is number => value !== null);
      return { seconds: median(runs.map((run) => run.seconds)), rssMb: rss.length ? Math.max(...rss) : null, messages: runs[0]!.messages };
    };
    const parser = measure([parserAlone, file]);
    const scan = measure([BIN, 'scan', file, '--json']);
    if (scan.messages !== parser.messages) throw new Error(`the scan read ${scan.messages} messages, the parser ${parser.messages}`);
    const ratio = scan.seconds / parser.seconds;
    const rssOk = scan.rssMb === null || scan.rssMb < RSS_LIMIT_MB;
    const ratioOk = ratio <= TIME_RATIO_LIMIT;
    failed ||= !rssOk || !ratioOk;
    const label = sizeMb >= 1024 ? `${sizeMb / 1024} GB` : `${sizeMb} MB`;
    const row = (what: string, run: typeof scan, verdict: string) =>
      console.log(`${pad(label, 10)}${pad(run.messages.toLocaleString('en-US'), 12)}${pad(what, 14)}${pad(run.seconds.toFixed(2), 10)}${pad(Math.round(run.messages / run.seconds).toLocaleString('en-US'), 13)}${pad(run.rssMb === null ? 'n/a' : run.rssMb.toFixed(1), 13)}${verdict}`);
    row('parser alone', parser, '');
    row('simexit scan', scan, `${ratio.toFixed(2)}× the parser's time: ${ratioOk ? 'met' : 'NOT met'} (≤ ${TIME_RATIO_LIMIT}); peak ${rssOk ? 'met' : 'NOT met'} (< ${RSS_LIMIT_MB} MB)`);
    fs.rmSync(file);
  }
  if (!TIME) console.log('\n(peak memory needs /usr/bin/time: apt-get install time)');
  if (failed) process.exitCode = 1;
}

await main();
