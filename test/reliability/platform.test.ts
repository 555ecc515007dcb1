import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { langFromEnv } from '../../src/i18n.js';
import { setRenameRetryForTest, setWriteOpsForTest } from '../../src/io/durable.js';
import { answers, readStore, run, seed, snapshot, tempHome } from '../helpers/world.js';

// Windows and macOS, as far as this machine can show them: the system's language where no variable names one,
// renames that Windows refuses for a moment, and the bytes of what simexit exports.

describe('the language, where no LC_ALL, LC_MESSAGES or LANG is set (Windows)', () => {
  const cases: Array<[NodeJS.ProcessEnv, string, 'zh' | 'en']> = [
    [{}, 'zh-CN', 'zh'],
    [{}, 'zh-Hans-CN', 'zh'],
    [{}, 'zh-TW', 'zh'],
    [{}, 'en-US', 'en'],
    [{}, 'fr-FR', 'en'],
    [{ LANG: '' }, 'zh-CN', 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'zh-CN', 'en'],
    [{ LC_ALL: 'zh_CN.UTF-8' }, 'en-US', 'zh'],
  ];
  for (const [env, system, lang] of cases) {
    it(`${JSON.stringify(env)} on a ${system} system: ${lang}`, () => assert.equal(langFromEnv(env, () => system), lang));
  }

  it('reads the system locale from Intl by default', () => {
    const expected = Intl.DateTimeFormat().resolvedOptions().locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    assert.equal(langFromEnv({}), expected);
  });
});

describe('a rename Windows refuses for a moment (another program has the file open)', () => {
  afterEach(() => {
    setWriteOpsForTest(null);
    setRenameRetryForTest(null);
  });

  /** renameSync refusing with `code` `failures` times, then renaming; counts the attempts. */
  function flakyRename(code: string, failures: number): { attempts: () => number } {
    let attempts = 0;
    setWriteOpsForTest({
      renameSync: (from, to) => {
        attempts++;
        if (attempts <= failures) throw Object.assign(new Error(`${code}: operation not permitted, rename '${String(from)}'`), { code });
        fs.renameSync(from, to);
      },
    });
    return { attempts: () => attempts };
  }

  for (const code of ['EPERM', 'EACCES', 'EBUSY']) {
    it(`is retried on ${code}, and the note is saved`, async () => {
      const home = tempHome();
      seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
      setRenameRetryForTest('win32');
      const rename = flakyRename(code, 3);
      const result = await run(home, ['note', 'identify', 'called them']);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(rename.attempts(), 4);
      assert.equal(readStore(home).profiles.default.events.at(-1)?.type, 'note');
    });
  }

  it('gives up after a short, bounded wait: exit 1, a message in both languages, the store as it was, no temp file', async () => {
    for (const lang of ['en', 'zh']) {
      const home = tempHome();
      seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
      const before = snapshot(home);
      setRenameRetryForTest('win32');
      const rename = flakyRename('EBUSY', Number.POSITIVE_INFINITY);
      const started = Date.now();
      const result = await run(home, ['note', 'identify', 'called them', '--lang', lang]);
      const took = Date.now() - started;
      assert.equal(result.code, 1);
      assert.match(result.stderr, lang === 'en' ? /Another program .* is holding the file[\s\S]*Nothing was changed/ : /另一个程序[\s\S]*没有做任何修改/);
      assert.doesNotMatch(result.stderr, /This is a bug|\n\s+at /);
      assert.equal(rename.attempts(), 8);
      assert.ok(took < 5_000, `${took} ms`);
      setWriteOpsForTest(null);
      assert.equal(snapshot(home), before);
      assert.deepEqual(fs.readdirSync(path.join(home, 'profiles')).filter((name) => name.includes('.tmp-')), []);
    }
  });

  it('is not retried where these errors are permanent (Linux, macOS: permissions)', { skip: process.platform === 'win32' }, async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const rename = flakyRename('EACCES', 1);
    assert.equal((await run(home, ['note', 'identify', 'called them'])).code, 1);
    assert.equal(rename.attempts(), 1);
  });
});

describe('exported files, as Windows tools read them', () => {
  it('are UTF-8 without a byte-order mark (JSON forbids one; Notepad and VS Code read UTF-8 without it); Markdown and JSON end lines with LF, the calendar with CRLF', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ renewalDate: '2026-12-10' }) }]);
    for (const [format, crlf] of [['md', false], ['json', false], ['ics', true]] as const) {
      const file = path.join(home, `plan.${format}`);
      const result = await run(home, ['export', '--format', format, '--output', file, '--lang', 'zh']);
      assert.equal(result.code, 0, result.stderr);
      const bytes = fs.readFileSync(file);
      assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${format}: no BOM`);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      assert.match(text, /[\u4e00-\u9fff]/, `${format}: the Chinese text is there, as UTF-8`);
      if (crlf) assert.doesNotMatch(text, /[^\r]\n/, 'every calendar line ends with CRLF (RFC 5545)');
      else assert.doesNotMatch(text, /\r/, `${format}: LF line ends, as on every system`);
    }
  });
});
