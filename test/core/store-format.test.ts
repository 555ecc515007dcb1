import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStoreText, SCHEMA_VERSION, withEvents, emptyStore, activeEvents } from '../../src/core/store-format.js';

const valid = { schemaVersion: 1, activeProfile: 'default', profiles: { default: { events: [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' }] } } };

describe('parseStoreText', () => {
  it('accepts a valid store', () => assert.equal(parseStoreText(JSON.stringify(valid)).ok, true));
  it('reports text that is not JSON', () => assert.deepEqual(parseStoreText('{"schemaVersion": 1,'), { ok: false, reason: 'not-json' }));
  it('reports an empty file as not JSON', () => assert.deepEqual(parseStoreText(''), { ok: false, reason: 'not-json' }));
  it('reports JSON of the wrong shape', () => {
    assert.deepEqual(parseStoreText('[]'), { ok: false, reason: 'wrong-shape' });
    assert.deepEqual(parseStoreText(JSON.stringify({ ...valid, profiles: { default: { events: [{ type: 'explode' }] } } })), { ok: false, reason: 'wrong-shape' });
  });
  it('reports a store written by a newer simexit', () => {
    assert.deepEqual(parseStoreText(JSON.stringify({ ...valid, schemaVersion: SCHEMA_VERSION + 1 })), { ok: false, reason: 'newer', found: SCHEMA_VERSION + 1 });
  });
  it('keeps unknown fields rather than dropping them', () => {
    const parsed = parseStoreText(JSON.stringify({ ...valid, futureField: 1 }));
    assert.ok(parsed.ok && (parsed.data as unknown as Record<string, unknown>).futureField === 1);
  });
});

describe('withEvents', () => {
  it('appends to the active profile without touching the original', () => {
    const empty = emptyStore();
    const next = withEvents(empty, [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' }]);
    assert.equal(activeEvents(empty).length, 0);
    assert.equal(activeEvents(next).length, 1);
  });
});
