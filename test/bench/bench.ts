// npm run bench: start-up figures, side by side with bare Node in the same run (a script, not a test).
// For each command: the median wall time over RUNS runs after a warm-up, the peak memory (RSS, from
// /usr/bin/time), and both as a ratio to `node -e 0` measured in this same run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVICES } from '../../src/content/services.js';
import { BIN, ROOT } from '../helpers/bin.js';
import { PtySession } from '../helpers/pty.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function home(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'simexit-bench-'));
}

const typical = home();
fs.writeFileSync(
  path.join(typical, 'config.json'),
  JSON.stringify({
    schemaVersion: 1,
    activeProfile: 'default',
    profiles: {
      default: {
        events: [
          { type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: { carrier: 'ultra', label: '4821', goal: 'leave', balance: 'yes', autopay: 'yes', codeCategories: ['banks'], codesUnsure: false, services: ['chase', 'wechat', 'paypal'], renewalDate: '2026-12-10' } },
          ...['identify', 'gather', 'decide'].map((step) => ({ type: 'done', at: '2026-11-02T00:00:00.000Z', step })),
          { type: 'note', at: '2026-11-02T00:00:00.000Z', step: 'gather', text: 'account number in the email' },
        ],
      },
    },
  }),
);

// 20 numbers x 60 steps, 20,000 history entries in all.
const large = home();
const services = SERVICES.slice(0, 50).map((service) => service.id);
const profiles: Record<string, { events: unknown[] }> = {};
for (let number = 0; number < 20; number++) {
  const events: unknown[] = [{ type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: { carrier: 'tello', label: `n${number}`, goal: 'leave', balance: 'yes', autopay: 'yes', codeCategories: ['banks'], codesUnsure: false, services } }];
  for (let index = 1; index < 1000; index++) {
    const step = index % 3 === 0 ? 'backup' : `move-2fa:${services[index % services.length]}`;
    events.push(index % 4 === 0 ? { type: 'note', at: '2026-11-02T00:00:00.000Z', step, text: `note ${index}` } : { type: index % 5 === 0 ? 'undo' : 'done', at: '2026-11-02T00:00:00.000Z', step });
  }
  profiles[`number-${number}`] = { events };
}
fs.writeFileSync(path.join(large, 'config.json'), JSON.stringify({ schemaVersion: 1, activeProfile: 'number-0', profiles }));

interface Sample {
  ms: number;
  rssKb: number | null;
}

function runOnce(args: string[], env: NodeJS.ProcessEnv): Sample {
  const command = TIME ? [TIME, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0]!, command.slice(1), { env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const rss = TIME ? Number(result.stderr.trim().split('\n').at(-1)) : null;
  return { ms, rssKb: rss };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(name: string, runs: () => Sample): { name: string; ms: number; rssKb: number | null } {
  for (let index = 0; index < WARMUP; index++) runs();
  const samples = Array.from({ length: RUNS }, runs);
  const rss = samples.map((sample) => sample.rssKb).filter((value): value is number => value !== null);
  return { name, ms: median(samples.map((sample) => sample.ms)), rssKb: rss.length ? median(rss) : null };
}

async function firstPromptMs(): Promise<number> {
  const samples: number[] = [];
  for (let index = 0; index < WARMUP + RUNS; index++) {
    const started = process.hrtime.bigint();
    const session = new PtySession(['guide', '--lang', 'en'], { ...process.env, SIMEXIT_HOME: typical, TERM: 'xterm-256color' });
    await session.waitFor('What now?');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    session.kill();
    await session.exit();
    if (index >= WARMUP) samples.push(ms);
  }
  return median(samples);
}

async function main(): Promise<void> {
  spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const env = (dir: string) => ({ SIMEXIT_HOME: dir });
  const rows = [
    measure('node -e 0', () => runOnce(['-e', '0'], {})),
    measure('simexit --version', () => runOnce([BIN, '--version'], env(typical))),
    measure('simexit --help', () => runOnce([BIN, '--help'], env(typical))),
    measure('simexit list', () => runOnce([BIN, 'list'], env(typical))),
    measure('simexit done + undo (each)', () => {
      const done = runOnce([BIN, 'done', 'backup'], env(typical));
      const undo = runOnce([BIN, 'undo', 'backup'], env(typical));
      return { ms: (done.ms + undo.ms) / 2, rssKb: Math.max(done.rssKb ?? 0, undo.rssKb ?? 0) || null };
    }),
    measure('simexit list --json (20 x 60, 20,000 entries)', () => runOnce([BIN, 'list', '--json'], env(large))),
  ];
  const floor = rows[0]!;
  const prompt = await firstPromptMs();
  const pad = (text: string, width: number) => text.padEnd(width);
  console.log(`\nNode ${process.version}, ${os.cpus().length} cores; median of ${RUNS} runs after ${WARMUP} warm-up runs\n`);
  console.log(`${pad('command', 48)}${pad('median ms', 12)}${pad('× node', 9)}${pad('peak RSS MB', 14)}× node`);
  for (const row of rows) {
    const rss = row.rssKb === null ? 'n/a' : (row.rssKb / 1024).toFixed(1);
    const rssRatio = row.rssKb === null || floor.rssKb === null ? 'n/a' : (row.rssKb / floor.rssKb).toFixed(2);
    console.log(`${pad(row.name, 48)}${pad(row.ms.toFixed(1), 12)}${pad((row.ms / floor.ms).toFixed(2), 9)}${pad(rss, 14)}${rssRatio}`);
  }
  console.log(`${pad('guide: first prompt on screen (pty)', 48)}${pad(prompt.toFixed(1), 12)}${(prompt / floor.ms).toFixed(2)}`);
  if (!TIME) console.log('\n(peak memory needs /usr/bin/time: apt-get install time)');
}

await main();
