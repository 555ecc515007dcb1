import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { describe, it } from 'node:test';
import { allServices } from '../../src/content/services.js';
import { BIN, binEnv, runBin } from '../helpers/bin.js';
import { KEY, PtySession } from '../helpers/pty.js';
import { answers, readStore, seed, storeFile, tempHome, writeV1Store } from '../helpers/world.js';

const SERVICES = allServices();

/** Starts the built binary without waiting for it. */
function start(home: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: binEnv(home), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

const steps = (home: string) => JSON.parse(runBin(home, ['list', '--json']).stdout).steps as Array<{ id: string; status: string; notes?: Array<{ text: string }> }>;

describe('concurrent writers', () => {
  it('20 processes at once (done, note and undo on one store) all get recorded and the file stays valid', async () => {
    const home = tempHome();
    const services = SERVICES.slice(0, 20).map((service) => service.id);
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ services }) },
      ...['identify', 'gather', 'backup'].map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const commands = [
      ...services.slice(0, 14).map((id) => ['done', `move-2fa:${id}`]),
      ...services.slice(14, 17).map((id) => ['note', `move-2fa:${id}`, `note for ${id}`]),
      ['undo', 'identify'],
      ['undo', 'gather'],
      ['undo', 'backup'],
    ];
    assert.equal(commands.length, 20);
    const results = await Promise.all(commands.map((args) => start(home, args)));
    for (const [index, result] of results.entries()) assert.equal(result.code, 0, `${commands[index]!.join(' ')}: ${result.stderr}`);

    const after = steps(home);
    const status = (id: string) => after.find((step) => step.id === id)!;
    for (const id of services.slice(0, 14)) assert.equal(status(`move-2fa:${id}`).status, 'done', id);
    for (const id of services.slice(14, 17)) assert.deepEqual(status(`move-2fa:${id}`).notes?.map((note) => note.text), [`note for ${id}`]);
    for (const id of ['identify', 'gather', 'backup']) assert.equal(status(id).status, 'pending', id);
    assert.equal(readStore(home).profiles.default.events.length, 4 + 20);
    assert.ok(!fs.existsSync(`${storeFile(home)}.lock`), 'no lock is left behind');
  });

  it('10 processes at once on a format-1 store, on two profiles: it is split once and every change is recorded', async () => {
    const home = tempHome();
    const done = (step: string) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step });
    writeV1Store(home, { lang: 'zh', profiles: { default: { events: [done('identify')] }, tello: { events: [done('gather')] } } });
    const commands = [
      ...['gather', 'decide', 'backup', 'balance', 'autopay'].map((step) => ['done', step]),
      ...['identify', 'decide', 'backup', 'balance', 'autopay'].map((step) => ['done', step, '--profile', 'tello']),
    ];
    const results = await Promise.all(commands.map((args) => start(home, args)));
    for (const [index, result] of results.entries()) assert.equal(result.code, 0, `${commands[index]!.join(' ')}: ${result.stderr}`);
    const store = readStore(home);
    assert.equal(store.schemaVersion, 2);
    assert.equal(store.lang, 'zh');
    assert.equal(store.profiles.default.events.length, 6);
    assert.equal(store.profiles.tello.events.length, 6);
    assert.equal(fs.readdirSync(`${home}/profiles`).length, 2, 'one file per profile: no second split');
  });

  it('takes over a lock left by a process that died', () => {
    const home = tempHome();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    fs.writeFileSync(`${storeFile(home)}.lock`, JSON.stringify({ pid: dead, host: os.hostname(), at: Date.now() }));
    const started = Date.now();
    assert.equal(runBin(home, ['done', 'backup']).status, 0);
    assert.ok(Date.now() - started < 5000);
    assert.equal(steps(home)[4]!.status, 'done');
  });

  it('takes over a lock whose pid now belongs to another process (pid reuse), judged by its start time', { skip: !fs.existsSync('/proc/self/stat') && 'no /proc' }, () => {
    const home = tempHome();
    const lock = `${storeFile(home)}.lock`;
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), start: '1', token: 'reused' }));
    assert.equal(runBin(home, ['done', 'backup']).status, 0);
    assert.ok(!fs.existsSync(lock));
  });

  it('never judges a live holder by age: a lock dated an hour back (a file system clock behind ours) is waited for', async () => {
    const home = tempHome();
    const lock = `${storeFile(home)}.lock`;
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), at: Date.now() - 3_600_000 }));
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(lock, old, old);
    const started = Date.now();
    const pending = start(home, ['done', 'backup']);
    setTimeout(() => fs.rmSync(lock), 1500);
    const result = await pending;
    assert.equal(result.code, 0, result.stderr);
    assert.ok(Date.now() - started >= 1500, 'it waited for the lock');
  });

  it('waits for a live holder to finish instead of writing over it', async () => {
    const home = tempHome();
    const lock = `${storeFile(home)}.lock`;
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), at: Date.now() }));
    const started = Date.now();
    const pending = start(home, ['done', 'backup']);
    setTimeout(() => fs.rmSync(lock), 600);
    const result = await pending;
    assert.equal(result.code, 0, result.stderr);
    assert.ok(Date.now() - started >= 600, 'it waited for the lock');
  });
});

describe('a second guided session on the same profile', () => {
  it('is refused while the first is open, and allowed once the first has ended or died', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const env = { ...binEnv(home), TERM: 'xterm-256color' };
    const first = new PtySession(['guide'], env);
    await first.waitFor('What now?');
    const second = new PtySession(['guide'], env);
    await second.waitFor('already open, in another terminal');
    assert.equal((await second.exit()).exitCode, 1);
    const other = new PtySession(['guide', '--profile', 'default'], env);
    await other.waitFor('already open');
    await other.exit();

    first.kill();
    await first.exit();
    const third = new PtySession(['guide'], env);
    await third.waitFor('What now?');
    third.send(KEY.ctrlC);
    assert.equal((await third.exit()).exitCode, 130);
  });
});
