import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'simexit.cjs');

if (!fs.existsSync(path.join(ROOT, 'dist', 'main.js'))) {
  throw new Error('The end-to-end tests run the built binary: run `npm run build` first (npm test does).');
}

/** A clean environment for the binary: no colour, English, UTC, an isolated store. */
export function binEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: home, SIMEXIT_HOME: home, LANG: 'en_US.UTF-8', TZ: 'UTC', NO_COLOR: '1', ...extra };
}

/** Runs the built binary with the Node running the tests (so the Node matrix covers it), stdin closed. */
export function runBin(home: string, args: string[], extra: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { env: binEnv(home, extra), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
}

/** Starts the binary with stdin an open pipe that never sends anything; resolves with its exit and timing. */
export function runWithSilentPipe(home: string, args: string[]): Promise<{ code: number | null; ms: number; stderr: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { env: binEnv(home), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      child.stdin.destroy();
      resolve({ code, ms: Date.now() - started, stderr });
    }),
  );
}
