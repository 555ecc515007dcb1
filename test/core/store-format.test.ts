import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  checkIndex,
  checkProfile,
  langPreference,
  parseIndexText,
  parseProfileText,
  profileNames,
  SCHEMA_VERSION,
  splitStore,
  withoutProfile,
  type StoreData,
} from '../../src/core/store-format.js';
import { buildReport } from '../../src/core/report.js';
import { fcSeed } from '../helpers/seed.js';

const event = { type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' } as const;
const v1 = { schemaVersion: 1, activeProfile: 'default', profiles: { default: { events: [event] } } };
const index = { schemaVersion: 2, activeProfile: 'default', profiles: { default: { file: 'abc123' } } };
const profile = { schemaVersion: 2, events: [event] };

describe('config.json', () => {
  it('accepts an index (format 2)', () => assert.deepEqual(parseIndexText(JSON.stringify(index)), { ok: true, layout: 'split', index }));
  it('accepts a whole store of format 1', () => assert.deepEqual(parseIndexText(JSON.stringify(v1)), { ok: true, layout: 'single', data: v1 }));
  it('reports text that is not JSON', () => assert.deepEqual(parseIndexText('{"schemaVersion": 2,'), { ok: false, reason: 'not-json' }));
  it('reports an empty file as not JSON', () => assert.deepEqual(parseIndexText(''), { ok: false, reason: 'not-json' }));
  it('reports JSON of the wrong shape', () => {
    const wrong = [
      [],
      { ...index, schemaVersion: 0 },
      { ...index, schemaVersion: 1.5 },
      { ...index, lang: 'fr' },
      { ...index, activeProfile: 3 },
      { ...v1, profiles: { default: { events: [{ type: 'explode' }] } } },
      { ...index, profiles: { default: { events: [] } } }, // a format-1 profile in a format-2 index
    ];
    for (const value of wrong) assert.deepEqual(checkIndex(value), { ok: false, reason: 'wrong-shape' }, JSON.stringify(value));
  });
  it('refuses a file name that could point outside profiles/', () => {
    for (const file of ['../config', 'a/b', '', 'A', 'p.json', 'x'.repeat(33)]) {
      assert.deepEqual(checkIndex({ ...index, profiles: { default: { file } } }), { ok: false, reason: 'wrong-shape' }, file);
    }
  });
  it('refuses two profiles sharing one file', () => {
    assert.deepEqual(checkIndex({ ...index, profiles: { a: { file: 'x1' }, b: { file: 'x1' } } }), { ok: false, reason: 'wrong-shape' });
  });
  it('reports a store written by a newer simexit', () => {
    assert.deepEqual(checkIndex({ ...index, schemaVersion: SCHEMA_VERSION + 1 }), { ok: false, reason: 'newer', found: SCHEMA_VERSION + 1 });
  });
  it('keeps unknown fields rather than dropping them', () => {
    const parsed = parseIndexText(JSON.stringify({ ...index, futureField: 1 }));
    assert.ok(parsed.ok && parsed.layout === 'split' && (parsed.index as unknown as Record<string, unknown>).futureField === 1);
  });
});

describe('profile files', () => {
  it('accepts a profile with or without a draft', () => {
    assert.deepEqual(parseProfileText(JSON.stringify(profile)), { ok: true, profile });
    assert.equal(checkProfile({ ...profile, draft: { carrier: 'ultra' } }).ok, true);
  });
  it('reports damage, a wrong shape and a newer format', () => {
    assert.deepEqual(parseProfileText('{"events": ['), { ok: false, reason: 'not-json' });
    assert.deepEqual(checkProfile({ events: [] }), { ok: false, reason: 'wrong-shape' }, 'no version');
    assert.deepEqual(checkProfile({ ...profile, schemaVersion: 1 }), { ok: false, reason: 'wrong-shape' }, 'profile files began with format 2');
    assert.deepEqual(checkProfile({ ...profile, events: [{ ...event, at: 'yesterday' }] }), { ok: false, reason: 'wrong-shape' });
    assert.deepEqual(checkProfile({ ...profile, draft: { goal: 'stay' } }), { ok: false, reason: 'wrong-shape' });
    assert.deepEqual(checkProfile({ ...profile, schemaVersion: SCHEMA_VERSION + 1 }), { ok: false, reason: 'newer', found: SCHEMA_VERSION + 1 });
  });
});

describe('langPreference', () => {
  const cases: Array<[string, unknown, 'zh' | 'en' | undefined]> = [
    ['an index', { ...index, lang: 'zh' }, 'zh'],
    ['a format-1 store', { ...v1, lang: 'en' }, 'en'],
    ['a store whose profiles are damaged (the command reports that, in this language)', { ...index, lang: 'en', profiles: 3 }, 'en'],
    ['no language yet', index, undefined],
    ['an unknown language', { ...index, lang: 'fr' }, undefined],
    ['a format this build does not know', { ...index, lang: 'zh', schemaVersion: SCHEMA_VERSION + 1 }, undefined],
    ['not a store', ['zh'], undefined],
  ];
  for (const [name, value, lang] of cases) it(name, () => assert.equal(langPreference(value), lang));
});

describe('profiles in the index', () => {
  it('lists the default profile, the active one and those with an entry', () => {
    assert.deepEqual(profileNames({ activeProfile: 'work', profiles: { ultra: { file: 'a' } } }), ['default', 'ultra', 'work']);
  });
  it('removing the active profile makes the first remaining one active', () => {
    const before = { ...index, activeProfile: 'b', profiles: { b: { file: 'b1' }, a: { file: 'a1' } } };
    assert.deepEqual(withoutProfile(before, 'b'), { ...index, activeProfile: 'a', profiles: { a: { file: 'a1' } } });
    assert.deepEqual(withoutProfile(before, 'a').activeProfile, 'b');
    assert.deepEqual(withoutProfile({ ...index, activeProfile: 'a', profiles: { a: { file: 'a1' } } }, 'a').activeProfile, 'default');
    assert.deepEqual(before.profiles, { b: { file: 'b1' }, a: { file: 'a1' } }, 'the original is untouched');
  });
});

describe('splitStore (format 1 → 2)', () => {
  const name = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'default'));
  const anEvent = fc.record({ type: fc.constantFrom('done', 'undo'), at: fc.constant('2026-11-20T00:00:00.000Z'), step: fc.string() });
  const store = fc.record({
    schemaVersion: fc.constant(1),
    activeProfile: name,
    lang: fc.constantFrom('zh', 'en'),
    profiles: fc.dictionary(name, fc.record({ events: fc.array(anEvent, { maxLength: 5 }), extra: fc.integer() }, { requiredKeys: ['events'] }), { noNullPrototype: true }),
    futureField: fc.integer(),
  });

  it('gives every profile its own file, and putting the files back together gives the old store', (t) => {
    fc.assert(
      fc.property(store, (generated) => {
        const data = JSON.parse(JSON.stringify(generated)); // as a store arrives: plain objects, __proto__ an own key
        let next = 0;
        const { index: split, files } = splitStore(data as StoreData, () => `f${next++}`);
        assert.equal(checkIndex(split).ok, true);
        for (const { profile: file } of files) assert.equal(checkProfile(file).ok, true);
        const byFile = new Map(files.map(({ file, profile: content }) => [file, content]));
        const rebuilt = Object.fromEntries(Object.entries(split.profiles).map(([profileName, entry]) => {
          const { schemaVersion: _version, ...content } = byFile.get(entry.file)!;
          return [profileName, content];
        }));
        assert.deepEqual({ ...split, schemaVersion: 1, profiles: rebuilt }, data);
        assert.equal(files.length, Object.keys(data.profiles).length);
      }),
      fcSeed(t),
    );
  });
});

describe('released store formats (test/fixtures)', () => {
  it('version 1 opens with every step, note, date and undo intact', () => {
    const parsed = parseIndexText(readFileSync(new URL('../fixtures/store-v1.json', import.meta.url), 'utf8'));
    assert.ok(parsed.ok && parsed.layout === 'single');
    const report = buildReport(parsed.data.profiles[parsed.data.activeProfile]!.events, new Date('2026-11-24T00:00:00Z'));
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
