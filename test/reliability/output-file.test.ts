import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setWriteOpsForTest } from '../../src/io/durable.js';
import { answers, run, seed, snapshot, storeFile, tempHome, tempRoot } from '../helpers/world.js';

// Issue 13, finding 5: `export --output` replaced a FIFO, a device (as root, /dev/null itself) and a symlink;
// `-o /dev/stdout` failed and `-o -` wrote a file named `-`; the temp name was predictable and followed
// through symlinks; a foreign file kept its 0644 mode; `-o <store>/config.json` wiped the index.

const ready = () => {
  const home = tempHome();
  seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
  return home;
};
const outDir = () => fs.mkdtempSync(path.join(tempRoot(), 'out-'));
const asRoot = process.getuid?.() === 0;

describe('export --output writes to what the path names', () => {
  it('a FIFO is written through, and stays a FIFO', { skip: process.platform === 'win32' }, async () => {
    const dir = outDir();
    const fifo = path.join(dir, 'pipe');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let read = '';
    reader.stdout.on('data', (chunk) => (read += chunk));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const result = await run(ready(), ['export', '--output', fifo]);
    await closed;
    assert.equal(result.code, 0, result.stderr);
    assert.match(read, /^# /);
    assert.ok(fs.lstatSync(fifo).isFIFO());
    assert.deepEqual(fs.readdirSync(dir), ['pipe']);
  });

  // A null device of our own in a temp directory: a regression must never be able to replace the system's /dev/null.
  it('a device node is written to, never replaced', { skip: !asRoot && 'mknod needs root' }, async () => {
    const dir = outDir();
    const device = path.join(dir, 'null');
    assert.equal(spawnSync('mknod', [device, 'c', '1', '3']).status, 0);
    const result = await run(ready(), ['export', '--output', device]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(fs.lstatSync(device).isCharacterDevice(), 'still a device');
    assert.deepEqual(fs.readdirSync(dir), ['null']);
  });

  it('"-" and /dev/stdout are standard output; no file named "-" appears', async () => {
    const cwd = process.cwd();
    const dir = outDir();
    process.chdir(dir);
    try {
      for (const target of ['-', '/dev/stdout']) {
        const result = await run(ready(), ['export', '--format', 'json', '--output', target]);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(JSON.parse(result.stdout).schemaVersion, 2);
      }
      assert.deepEqual(fs.readdirSync(dir), []);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a symlink the user named is followed: its target is replaced (0600), the link stays', async () => {
    const dir = outDir();
    const target = path.join(dir, 'real.md');
    fs.writeFileSync(target, 'old\n', { mode: 0o644 });
    fs.symlinkSync('real.md', path.join(dir, 'link.md'));
    const result = await run(ready(), ['export', '--output', path.join(dir, 'link.md')]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.match(fs.readFileSync(target, 'utf8'), /^# /);
    assert.equal(fs.statSync(target).mode & 0o777, 0o600);
  });

  it('a dangling symlink and a directory are refused; nothing is created', async () => {
    const dir = outDir();
    fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
    const dangling = await run(ready(), ['export', '--output', path.join(dir, 'dangling.md')]);
    assert.equal(dangling.code, 1);
    assert.match(dangling.stderr, /symbolic link to .*nowhere\.md, which does not exist/);
    const directory = await run(ready(), ['export', '--output', dir, '--lang', 'zh']);
    assert.equal(directory.code, 1);
    assert.match(directory.stderr, /是一个目录/);
    assert.deepEqual(fs.readdirSync(dir), ['dangling.md']);
  });

  it('a regular file is replaced atomically through an exclusive, unpredictable 0600 temp file that follows no symlink', async () => {
    const dir = outDir();
    const out = path.join(dir, 'plan.md');
    fs.writeFileSync(out, 'old\n', { mode: 0o644 });
    // The old predictable temp names, planted as symlinks to a victim: never written through.
    const victim = path.join(dir, 'victim');
    fs.writeFileSync(victim, 'untouched');
    for (let pid = process.pid - 2; pid <= process.pid + 2; pid++) fs.symlinkSync(victim, path.join(dir, `.plan.md.${pid}.tmp`));
    const opened: Array<{ file: string; flags: number; mode: number }> = [];
    setWriteOpsForTest({ openSync: ((file: string, flags: number, mode: number) => (opened.push({ file, flags, mode }), fs.openSync(file, flags, mode))) as typeof fs.openSync });
    const results = [await run(ready(), ['export', '--output', out]), await run(ready(), ['export', '--output', out])];
    setWriteOpsForTest(null);
    for (const result of results) assert.equal(result.code, 0, result.stderr);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'untouched');
    assert.equal(fs.statSync(out).mode & 0o777, 0o600, 'the report is private, whatever mode the file had');
    assert.equal(opened.length, 2);
    for (const { file, flags, mode } of opened) {
      assert.match(path.basename(file), /^\.plan\.md\.simexit-\d+-[0-9a-f]{18}\.tmp$/);
      assert.equal(path.dirname(file), dir, 'in the same directory, so the rename is atomic');
      assert.ok(flags & fs.constants.O_EXCL && flags & fs.constants.O_NOFOLLOW && flags & fs.constants.O_CREAT);
      assert.equal(mode, 0o600);
    }
    assert.notEqual(opened[0]!.file, opened[1]!.file);
    assert.equal(fs.readdirSync(dir).filter((name) => name.includes('simexit')).length, 0, 'no temp file left');
  });

  it('a temp file left by a killed export is removed by the next export to that file', async () => {
    const dir = outDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const leftover = path.join(dir, `.plan.md.simexit-${dead}-0123456789abcdef01.tmp`);
    fs.writeFileSync(leftover, 'half a rep');
    assert.equal((await run(ready(), ['export', '--output', path.join(dir, 'plan.md')])).code, 0);
    assert.deepEqual(fs.readdirSync(dir), ['plan.md']);
  });

  it("refuses the store's own files (config.json, a profile file, the lock), leaving the store exactly as it was", async () => {
    const home = ready();
    const before = snapshot(home);
    const profileFile = path.join(home, 'profiles', fs.readdirSync(path.join(home, 'profiles'))[0]!);
    for (const target of [storeFile(home), profileFile, `${storeFile(home)}.lock`, path.join(home, 'profiles', 'new.json')]) {
      const result = await run(home, ['export', '--output', target]);
      assert.equal(result.code, 1, target);
      assert.match(result.stderr, /one of simexit's own files/);
    }
    assert.equal(snapshot(home), before);
  });
});
