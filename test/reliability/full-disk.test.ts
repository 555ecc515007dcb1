import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setWriteOpsForTest, type WriteOps } from '../../src/io/durable.js';
import { runBin } from '../helpers/bin.js';
import { answers, profilePath, readStore, run, seed, snapshot, storeFile, tempHome, tempRoot, writeStore } from '../helpers/world.js';

// Issue 13, findings 1 and 4: a nearly full disk truncated the store and reported success; with SNAP set conf
// wrote in place. Every write now checks every byte, and a disk that refuses leaves the old file as it was.

const fail = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** Ways a disk refuses, at each step of a write. */
const FAULTS: Array<[string, Partial<WriteOps>]> = [
  ['ENOSPC when the temp file is created', { openSync: () => { throw fail('ENOSPC'); } }],
  ['a short write, then 0 bytes (a full disk that does not say so)', { writeSync: (_fd, _buffer, _offset, length) => (length > 100 ? 100 : 0) }],
  ['ENOSPC after 16 KB', (() => { let total = 0; return { writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => {
    if (total >= 16_384) throw fail('ENOSPC');
    const written = fs.writeSync(fd, buffer, offset, Math.min(length, 16_384 - total));
    total += written;
    return written;
  } }; })()],
  ['EDQUOT on write', { writeSync: () => { throw fail('EDQUOT'); } }],
  ['EIO on fsync', { fsyncSync: () => { throw fail('EIO'); } }],
  ['EROFS on rename', { renameSync: () => { throw fail('EROFS'); } }],
];

const REASONS: Record<string, RegExp> = { ENOSPC: /disk is full|磁盘已满/, EDQUOT: /quota|配额/, EIO: /input\/output|输入\/输出/, EROFS: /read-only|只读/ };

const history = Array.from({ length: 800 }, (_, index) => ({ type: 'note' as const, at: '2026-11-20T00:00:00.000Z', step: 'identify', text: `seed ${index} `.padEnd(100, '.') }));

function leftovers(home: string): string[] {
  return fs.readdirSync(home, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.tmp-') || name.includes('.lock'));
}

describe('a disk that refuses a write (fault injection at each step)', () => {
  after(() => setWriteOpsForTest(null));
  const commands: Array<[string, string[]]> = [
    ['note on a 100 KB history', ['note', 'backup', 'called them']],
    ['done', ['done', 'backup']],
    ['profile add (the index)', ['profile', 'add', 'tello']],
    ['reset (backup, then the file)', ['reset', '--yes']],
    ['--lang zh remembered', ['--lang', 'zh', 'list']],
  ];
  for (const [fault, ops] of FAULTS) {
    for (const [what, argv] of commands) {
      it(`${fault}: ${what} exits 1 with the reason in both languages; every file as it was`, async () => {
        for (const lang of ['en', 'zh']) {
          const home = tempHome();
          seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }, ...history]);
          const before = snapshot(home);
          setWriteOpsForTest(ops);
          let result;
          try {
            result = await run(home, argv, { env: { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' } });
          } finally {
            setWriteOpsForTest(null);
          }
          if (argv[0] === '--lang') {
            // Remembering the language is a courtesy: the list was printed, and the command still succeeds.
            assert.equal(result.code, 0, result.stderr);
            assert.match(result.stdout, /已完成 0\/9/);
          } else {
            assert.equal(result.code, 1, `${lang}: ${result.stdout}${result.stderr}`);
            const code = /EDQUOT|EIO|EROFS/.exec(fault)?.[0] ?? 'ENOSPC';
            assert.match(result.stderr, REASONS[code]!, result.stderr);
            assert.match(result.stderr, lang === 'zh' ? /没有做任何修改/ : /Nothing was changed/, result.stderr);
            assert.doesNotMatch(result.stderr, /bug|程序错误|\n\s+at /);
          }
          assert.equal(snapshot(home), before, 'the store is exactly as it was');
          assert.deepEqual(leftovers(home), [], 'no temp file or lock left behind');
          assert.equal(readStore(home).profiles.default.events.length, history.length + 1);
        }
      });
    }
  }

  it('export --output on a disk that refuses: exit 1, the existing file as it was, no temp file', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const dir = fs.mkdtempSync(path.join(tempRoot(), 'out-'));
    const out = path.join(dir, 'plan.md');
    fs.writeFileSync(out, 'the previous export\n');
    setWriteOpsForTest(FAULTS[1]![1]);
    const result = await run(home, ['export', '--output', out]).finally(() => setWriteOpsForTest(null));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /disk is full/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'the previous export\n');
    assert.deepEqual(fs.readdirSync(dir), ['plan.md']);
  });

  it('with SNAP set (the VS Code snap terminal), conf still writes through the complete, atomic writer', async () => {
    const home = tempHome();
    seed(home, history);
    const before = snapshot(home);
    process.env.SNAP = '/snap/code/1';
    setWriteOpsForTest(FAULTS[1]![1]);
    const result = await run(home, ['note', 'backup', 'x y z']).finally(() => {
      setWriteOpsForTest(null);
      delete process.env.SNAP;
    });
    assert.equal(result.code, 1, 'the short write was seen, so the write went through simexit\'s writer');
    assert.equal(snapshot(home), before);
    let renamed = 0;
    process.env.SNAP = '/snap/code/1';
    setWriteOpsForTest({ renameSync: (from, to) => (renamed++, fs.renameSync(from, to)) });
    const ok = await run(home, ['note', 'backup', 'x y z']).finally(() => {
      setWriteOpsForTest(null);
      delete process.env.SNAP;
    });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(renamed, 1, 'a temp file renamed into place, not a write in place');
    assert.equal((fs.statSync(profilePath(home, 'default')).mode & 0o777), 0o600);
  });
});

describe("conf's own writer is out of reach", () => {
  it('the stand-in the build puts for atomically throws if conf ever calls it', async () => {
    const stub = createRequire(import.meta.url)('../../src/io/bundle-stubs/atomically.cjs') as { writeFileSync: () => void };
    assert.throws(() => stub.writeFileSync(), /simexit: conf called atomically.writeFileSync/);
  });
});

const mounts: string[] = [];
after(() => {
  for (const dir of mounts) {
    spawnSync('umount', ['-l', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A small tmpfs, where the kernel itself says the disk is full. Needs root (mount); null otherwise. */
function mountTmpfs(kb: number): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simexit-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
  mounts.push(dir);
  return mounted.status === 0 ? dir : null;
}

/** Fills the file system at `dir` until only about `leaveKb` is free. */
function fill(dir: string, leaveKb: number): void {
  const { bavail, bsize } = fs.statfsSync(dir);
  const free = bavail * bsize - leaveKb * 1024;
  if (free > 0) fs.writeFileSync(path.join(dir, 'filler'), Buffer.alloc(free));
}

describe('a real full disk (a tmpfs)', () => {
  const skip = mountTmpfs(64) === null && 'mount is not permitted here (needs root): the fault-injection tests above cover the same paths';

  it('a note on a 100 KB history with 20 KB free: exit 1, the history whole (the issue\'s case)', { skip }, () => {
    const disk = mountTmpfs(256)!;
    const home = path.join(disk, 'store');
    seed(home, history);
    fill(disk, 20);
    const before = fs.readFileSync(profilePath(home, 'default'));
    for (const lang of ['en', 'zh']) {
      const result = runBin(home, ['note', 'backup', 'called them', '--lang', lang]);
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, lang === 'zh' ? /磁盘已满/ : /The disk is full/);
      assert.deepEqual(fs.readFileSync(profilePath(home, 'default')), before);
      assert.deepEqual(leftovers(home), []);
    }
    const list = runBin(home, ['list', '--json']);
    assert.equal(list.status, 0, 'the next command reads the whole history; nothing is moved aside');
    assert.ok(!fs.readdirSync(path.join(home, 'profiles')).some((name) => name.includes('damaged')));
  });

  it('config.json with 200 profiles on a full disk: profile add refused, every profile kept', { skip }, () => {
    const disk = mountTmpfs(2048)!; // 4 KB a file on a tmpfs
    const home = path.join(disk, 'store');
    writeStore(home, { profiles: Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`number-${index}`, { events: [] }])) });
    fill(disk, 4);
    const before = fs.readFileSync(storeFile(home));
    const names = () => JSON.parse(runBin(home, ['profile', 'list', '--json']).stdout).profiles.map((profile: { name: string }) => profile.name);
    const listed = names();
    const result = runBin(home, ['profile', 'add', 'one-more']);
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(fs.readFileSync(storeFile(home)), before);
    assert.deepEqual(names(), listed);
    assert.ok(listed.includes('number-199'));
  });

  it('a full disk when the lock is taken leaves no empty lock file behind', { skip }, () => {
    const disk = mountTmpfs(64)!;
    const home = path.join(disk, 'store');
    seed(home, []);
    fill(disk, 0);
    const result = runBin(home, ['done', 'backup']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /disk is full/);
    assert.deepEqual(leftovers(home), []);
  });
});
