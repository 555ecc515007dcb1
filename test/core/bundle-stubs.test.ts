import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

// The build puts these in place of node:child_process and node:crypto (src/io/bundle-stubs/README.md).
const require = createRequire(import.meta.url);
const onFirstUse = require('../../src/io/bundle-stubs/on-first-use.cjs') as <T>(load: () => T) => T;

describe('a built-in loaded on first use', () => {
  it('is not loaded until something is read from it, then once', () => {
    let loads = 0;
    const stub = onFirstUse(() => {
      loads++;
      return { answer: 42, fn: (value: number) => value + 1 };
    });
    assert.equal(loads, 0);
    assert.equal(stub.answer, 42);
    assert.equal(stub.fn(1), 2);
    assert.ok('fn' in stub);
    assert.equal(loads, 1);
  });

  it('passes calls through when the module is a function', () => {
    const stub = onFirstUse(() => (value: number) => value * 2);
    assert.equal(stub(21), 42);
  });

  it('stands for the real child_process and crypto', () => {
    const cp = require('../../src/io/bundle-stubs/child-process.cjs') as typeof childProcess;
    const cr = require('../../src/io/bundle-stubs/crypto.cjs') as typeof crypto;
    assert.equal(cp.spawnSync, childProcess.spawnSync);
    assert.equal(cp.execFileSync(process.execPath, ['-e', 'process.stdout.write("ok")']).toString(), 'ok');
    assert.equal(cr.createHash('sha256').update('simexit').digest('hex'), crypto.createHash('sha256').update('simexit').digest('hex'));
  });
});
