import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carrierFacts } from '../../src/content/carrier-facts.js';
import { findCarrier } from '../../src/content/carriers.js';
import type { FactId } from '../../src/content/data/index.js';
import { findFact } from '../../src/content/facts.js';
import { findService } from '../../src/content/services.js';
import { answers, run, seed, snapshot, tempHome } from '../helpers/world.js';

// Ids come from the store, which a newer or older simexit (or a hand edit) may have written: an id that happens to
// name a member of Object.prototype must be an unknown id like any other, never a lookup that reaches the prototype.
const NAMES = ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'];

describe('ids named like Object.prototype members', () => {
  it('find nothing in the content', () => {
    for (const name of NAMES) {
      assert.equal(findCarrier(name), undefined, name);
      assert.equal(carrierFacts(name), undefined, name);
      assert.equal(findService(name), undefined, name);
      assert.equal(findFact(name as FactId), undefined, name);
    }
  });

  for (const name of NAMES) {
    it(`a stored carrier, service and step '${name}': every reading command works, and done refuses it cleanly`, async () => {
      const home = tempHome();
      seed(home, [
        { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ carrier: name, services: [name, 'chase'], renewalDate: '2026-12-10' }) },
        { type: 'done', at: '2026-11-02T00:00:00Z', step: name },
      ]);
      for (const argv of [['list'], ['list', '--all'], ['list', '--json'], ['export', '-o', '-'], ['export', '--format', 'json', '-o', '-'], ['export', '--format', 'ics', '-o', '-']]) {
        for (const lang of ['en', 'zh']) {
          const result = await run(home, ['--lang', lang, ...argv]);
          assert.equal(result.code, 0, `${argv.join(' ')}: ${result.stderr}`);
          assert.doesNotMatch(result.stdout + result.stderr, /bug|程序错误/i, argv.join(' '));
        }
      }
      const before = snapshot(home);
      const done = await run(home, ['--lang', 'en', 'done', name]);
      assert.equal(done.code, 1, done.stderr);
      assert.match(done.stderr, /There is no step/);
      assert.equal(snapshot(home), before);
    });
  }
});
