import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { langPreference, parseStoreText, SCHEMA_VERSION, withEvents, emptyStore, activeEvents, upgradeStore } from '../../src/core/store-format.js';

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

describe('langPreference', () => {
  const cases: Array<[string, unknown, 'zh' | 'en' | undefined]> = [
    ['a valid store', { ...valid, lang: 'zh' }, 'zh'],
    ['a store whose history is damaged (the command reports that, in this language)', { ...valid, lang: 'en', profiles: 3 }, 'en'],
    ['no language yet', valid, undefined],
    ['an unknown language', { ...valid, lang: 'fr' }, undefined],
    ['a format this build does not know', { ...valid, lang: 'zh', schemaVersion: SCHEMA_VERSION + 1 }, undefined],
    ['not a store', ['zh'], undefined],
  ];
  for (const [name, value, lang] of cases) it(name, () => assert.equal(langPreference(value), lang));
});

describe('withEvents', () => {
  it('appends to the active profile without touching the original', () => {
    const empty = emptyStore();
    const next = withEvents(empty, 'default', [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' }]);
    assert.equal(activeEvents(empty).length, 0);
    assert.equal(activeEvents(next).length, 1);
  });
});

describe('upgradeStore', () => {
  const upgrades = {
    0: (old: Record<string, unknown>) => ({ ...old, activeProfile: 'default', profiles: { default: { events: old.history } }, history: undefined }),
  };

  it('applies each upgrade in turn up to the current version, on a copy', () => {
    const old = { schemaVersion: 0, history: [] };
    const upgraded = upgradeStore(old, upgrades, 1) as Record<string, unknown>;
    assert.equal(upgraded.schemaVersion, 1);
    assert.deepEqual(upgraded.profiles, { default: { events: [] } });
    assert.deepEqual(old, { schemaVersion: 0, history: [] }, 'the original is untouched');
  });

  it('a failing upgrade is reported, and the text it came from is not changed', () => {
    const text = JSON.stringify({ schemaVersion: 0, history: [] });
    const failing = { 0: () => { throw new Error('boom'); } };
    assert.deepEqual(parseStoreText(text, failing), { ok: false, reason: 'upgrade-failed' });
  });

  it('leaves a version it has no upgrade for as it is, so validation reports it', () => {
    assert.deepEqual(upgradeStore({ schemaVersion: 0 }, {}, 1), { schemaVersion: 0 });
  });
});

describe('released store formats (test/fixtures)', () => {
  it('version 1 opens with every step, note, date and undo intact', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildReport } = await import('../../src/core/report.js');
    const parsed = parseStoreText(readFileSync(new URL('../fixtures/store-v1.json', import.meta.url), 'utf8'));
    assert.ok(parsed.ok);
    const report = buildReport(activeEvents(parsed.data), new Date('2026-11-24T00:00:00Z'));
    const step = (id: string) => report.steps.find((candidate) => candidate.id === id)!;
    assert.equal(parsed.data.lang, 'zh');
    assert.equal(report.answers?.label, '4821');
    assert.equal(step('identify').status, 'done');
    assert.equal(step('identify').at, '2026-11-20T09:05:00.000Z');
    assert.equal(step('balance').reason, '余额为零');
    assert.deepEqual(step('cancel').notes, [{ at: '2026-11-21T10:00:00.000Z', text: 'confirmation C-88123' }]);
    assert.equal(step('backup').status, 'pending', 'the undo is applied');
  });
});
