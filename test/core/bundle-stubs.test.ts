import legacyAssert from 'node:assert';
import assert from 'node:assert/strict';
import childProcess from 'node:child_process';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fcSeed } from '../helpers/seed.js';

// The build puts these in place of node:child_process, node:crypto and node:assert (src/io/bundle-stubs/README.md).
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

describe("the stand-in for conf's node:assert", () => {
  const stub = require('../../src/io/bundle-stubs/assert.cjs') as typeof legacyAssert;
  const verdict = (check: () => void) => {
    try {
      check();
      return 'equal';
    } catch {
      return 'different';
    }
  };
  const json = fc.jsonValue({ maxDepth: 3 });

  it("agrees with node:assert's deepEqual on conf's comparison: the file's data against it plus the defaults", (t) => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), fc.dictionary(fc.string(), json), (fileStore, defaults) => {
        const withDefaults = Object.assign(Object.create(null), defaults, fileStore);
        assert.equal(verdict(() => stub.deepEqual(fileStore, withDefaults)), verdict(() => legacyAssert.deepEqual(fileStore, withDefaults)));
      }),
      fcSeed(t),
    );
  });

  it('agrees with it on any two JSON values, including ones that are not plain objects', (t) => {
    fc.assert(fc.property(json, json, (a, b) => assert.equal(verdict(() => stub.deepEqual(a, b)), verdict(() => legacyAssert.deepEqual(a, b)))), fcSeed(t));
    for (const [a, b] of [[[1], { 0: 1 }], [1, '1'], [null, {}], [{ a: 1 }, { a: '1' }], [new Date(0), {}]] as Array<[unknown, unknown]>) {
      assert.equal(verdict(() => stub.deepEqual(a, b)), verdict(() => legacyAssert.deepEqual(a, b)), JSON.stringify([a, b]));
    }
  });

  it('passes everything else to the real module', () => {
    assert.equal(stub.strictEqual, legacyAssert.strictEqual);
    assert.throws(() => stub.ok(false));
    assert.throws(() => (stub as unknown as (value: unknown) => void)(false));
  });
});
