import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { allCarrierFacts, CARRIER_FIELDS, type CarrierRules } from '../../src/content/carrier-facts.js';
import { allFacts } from '../../src/content/facts.js';
import { allServices } from '../../src/content/services.js';
import { isShowable, neverShown, publisherOf } from '../../src/content/sources.js';
import { factDate, isOutdated } from '../../src/core/freshness.js';
import type { Source } from '../../src/core/types.js';

const CARRIER_FACTS = allCarrierFacts();
const FACTS = allFacts();
const SERVICES = allServices();

// The knowledge base as data (src/content/data/): every file matches its JSON Schema (validated with Ajv,
// a maintained JSON Schema library, at test time only: the bundle carries the data, never the validator),
// every source that reaches users is registered and is no proxy, mirror, archive, seller or http page,
// and the generated index lists every file.

const DATA = fileURLToPath(new URL('../../src/content/data/', import.meta.url));
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as Record<string, unknown>;
const dir = (name: string) => fs.readdirSync(path.join(DATA, name)).filter((file) => file.endsWith('.json')).sort();

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
ajv.addSchema(readJson('schema/defs.schema.json'), 'defs.schema.json');
const validator = (name: string) => ajv.compile(readJson(`schema/${name}.schema.json`));
const SCHEMAS = { carriers: validator('carrier'), services: validator('services'), facts: validator('facts') };

interface RawSource extends Source {
  hidden?: true;
}
/** Every source object anywhere in a value, with a path. */
function sourcesIn(value: unknown, where: string, out: Array<[string, RawSource]> = []): Array<[string, RawSource]> {
  if (Array.isArray(value)) value.forEach((item, index) => sourcesIn(item, `${where}[${index}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.url === 'string' && typeof record.trust === 'string') out.push([where, record as unknown as RawSource]);
    else for (const [key, child] of Object.entries(record)) sourcesIn(child, `${where}.${key}`, out);
  }
  return out;
}
const ALL_FILES = (['carriers', 'services', 'facts'] as const).flatMap((group) => dir(group).map((file) => ({ group, file, data: readJson(`${group}/${file}`) })));
const ALL_SOURCES = ALL_FILES.flatMap(({ group, file, data }) => sourcesIn(data, `${group}/${file}`));
const SHOWN = ALL_SOURCES.filter(([, source]) => !source.hidden);

describe('data files: schema', () => {
  it('finds the data files', () => assert.ok(dir('carriers').length >= 20 && dir('services').length === 7 && dir('facts').length >= 1));
  for (const { group, file, data } of ALL_FILES) {
    it(`${group}/${file} matches its schema`, () => {
      const valid = SCHEMAS[group](data);
      assert.ok(valid, `${group}/${file}: ${ajv.errorsText(SCHEMAS[group].errors, { separator: '\n' })}`);
      if (group === 'carriers') assert.equal(data.id, file.replace(/\.json$/, ''), 'a carrier file is named after its id');
      if (group === 'services') assert.equal(data.category, file.replace(/\.json$/, ''), 'a services file is named after its category');
    });
  }
  it('names every owner in Chinese too where the name is more than a proper name', () => {
    const domains = readJson('sources.json').domains as Record<string, { owner: string; ownerZh?: string }>;
    for (const [key, entry] of Object.entries(domains)) {
      if (/[()]|(^|\s)[a-z]{3,}\b/.test(entry.owner)) assert.ok(entry.ownerZh, `${key}: "${entry.owner}" needs ownerZh`);
      if (entry.ownerZh) assert.doesNotMatch(entry.ownerZh, /[()]/, `${key}: full-width parentheses in Chinese`);
    }
  });
  it('no source list names the same page twice', () => {
    const lists: Array<[string, RawSource[]]> = [];
    const walk = (value: unknown, where: string) => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`));
      else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) key === 'sources' && Array.isArray(child) ? lists.push([`${where}.${key}`, child]) : walk(child, `${where}.${key}`);
    };
    for (const { group, file, data } of ALL_FILES) walk(data, `${group}/${file}`);
    for (const [where, list] of lists) assert.equal(new Set(list.map((source) => source.url)).size, list.length, where);
  });
  it('the registry matches its schema', () => {
    const validate = validator('sources');
    assert.ok(validate(readJson('sources.json')), ajv.errorsText(validate.errors));
  });
  it('the schema rejects what it must (a fact without sources, an http source, a missing language)', () => {
    const validate = SCHEMAS.facts;
    const fact = (sources: unknown[], text: unknown = { en: 'x', zh: '某' }) => ({ facts: [{ id: 'x', text, sources }] });
    assert.equal(validate(fact([])), false);
    assert.equal(validate(fact([{ url: 'ftp://example.com', trust: 'official', read: '2026' }])), false);
    assert.equal(validate(fact([{ url: 'https://www.fcc.gov/', trust: 'official', read: '2026' }], { en: 'x' })), false);
    assert.equal(validate(fact([{ url: 'https://www.fcc.gov/', trust: 'official', read: '2026', via: 'https://proxy.example' }])), false);
    assert.equal(validate(fact([{ url: 'https://www.fcc.gov/', trust: 'official', read: '2026' }])), true);
  });
  it('src/content/data/index.ts lists every data file (run `npm run data` after adding one)', () => {
    execFileSync(process.execPath, [path.join(DATA, 'build-index.mjs'), '--check'], { stdio: 'pipe' });
  });
});

describe('data files: sources shown to users', () => {
  it('finds the sources', () => assert.ok(SHOWN.length > 250, `${SHOWN.length}`));
  for (const [where, source] of SHOWN) {
    it(`${where}: ${source.url}`, () => {
      assert.match(source.url, /^https:\/\//, 'shown sources are https');
      assert.equal(neverShown(source.url), undefined, `a ${neverShown(source.url)} must never be shown: cite the official page with "copy" set, or mark it hidden`);
      assert.doesNotMatch(source.url, /archive\.org|\/proxy\/|webproxy|mirror|translate\.goog|cache/i, 'looks like a copy');
      const publisher = publisherOf(source.url);
      assert.ok(publisher, `the domain of ${source.url} is not in src/content/data/sources.json`);
      const officialKinds = ['official', 'government'];
      if (source.trust === 'official') assert.ok(officialKinds.includes(publisher.kind), `"official" but ${publisher.key} is ${publisher.kind}`);
      if (source.trust === '3rd-party') assert.ok(!officialKinds.includes(publisher.kind), `${publisher.key} is ${publisher.kind}: label it official`);
      if (source.trust === 'dataset') assert.equal(publisher.owner, '2fa.directory');
      assert.ok(source.read, 'every source says when it was read');
    });
  }
  it('every page a service links to (its change-number page, URLs in its caveat) is registered and may be shown', () => {
    for (const service of SERVICES) {
      const urls = [service.changeNumberUrl ?? '', ...(`${service.caveat.en} ${service.caveat.zh}`.match(/https?:\/\/[^\s)'"，。）]+/g) ?? [])].filter(Boolean);
      for (const url of urls) assert.ok(isShowable(url.replace(/[.]$/, '')), `${service.id}: ${url}`);
    }
  });
  it('a fact whose sources are all hidden says it is not linked', () => {
    const entries: Array<[string, { text?: { en: string; zh: string }; caveat?: { en: string; zh: string }; sources?: RawSource[] }]> = [
      ...Object.entries(CARRIER_FACTS).flatMap(([id, facts]) => CARRIER_FIELDS.map((field) => [`${id}.${field}`, facts[field]] as [string, never])),
      ...SERVICES.map((service) => [service.id, service] as [string, never]),
    ];
    for (const [where, entry] of entries) {
      if (!entry.sources || entry.sources.length > 0) continue;
      if ((entry as { nothingFound?: true }).nothingFound) continue;
      const text = entry.text ?? entry.caveat!;
      assert.match(text.en, /not linked/, where);
      assert.match(text.zh, /不附链接/, where);
    }
  });
  it('no shown source keeps the address of a copy', () => {
    const text = JSON.stringify({ CARRIER_FACTS, FACTS, SERVICES });
    for (const bad of ['webproxy.stealthy.co', 'proxy-dev.blitzz.co', 'yansite.net', 'ijcn.or.id', 'web.archive.org', 'dubaiemulatesillinois', 'ilovexclub', 'gv-cn.com', 'ssnhd', 'topnews.media', 'instarztech', 'revbid', 'legalclarity', 'joinchargeback', 'carrnelldixon', 'trustkeysolutions', 'alphr.com', 'overclockers', 'http://']) {
      assert.ok(!text.includes(bad), bad);
    }
  });
});

describe('data files: contacts and rules', () => {
  const digits = (text: string) => text.replace(/\D/g, '');
  it('every phone number or email in a carrier fact is quoted from an official source of that fact', () => {
    const phone = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g;
    const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
    let checked = 0;
    for (const [id, facts] of Object.entries(CARRIER_FACTS)) {
      for (const field of CARRIER_FIELDS) {
        const fact = facts[field];
        if (fact.status === 'not-found') continue;
        const quotes = fact.sources.filter((source) => source.trust === 'official').map((source) => source.quote ?? '');
        for (const text of [fact.text.en, fact.text.zh]) {
          for (const number of text.match(phone) ?? []) {
            checked++;
            assert.ok(quotes.some((quote) => digits(quote).includes(digits(number).replace(/^1(?=\d{10}$)/, ''))), `${id}.${field}: ${number} is not in an official quote`);
          }
          for (const address of text.match(email) ?? []) {
            checked++;
            assert.ok(quotes.some((quote) => quote.includes(address)), `${id}.${field}: ${address} is not in an official quote`);
          }
        }
      }
    }
    assert.ok(checked >= 20, `${checked}`);
  });
  it('timing rules rest on official sources and agree with each other', () => {
    for (const [id, facts] of Object.entries(CARRIER_FACTS)) {
      const rules: CarrierRules = facts.rules ?? {};
      for (const [name, rule] of Object.entries(rules) as Array<[string, { sources: Source[] }]>) assert.ok(rule.sources.some((source) => source.trust === 'official'), `${id}.rules.${name}`);
      assert.equal(Boolean(rules.graceDays), rules.textsStopAt?.value === 'grace-end', `${id}: graceDays goes with textsStopAt "grace-end"`);
      if (rules.renewalHoursET) assert.ok(rules.renewalHoursET.value.from < rules.renewalHoursET.value.to, id);
    }
    assert.deepEqual(CARRIER_FACTS.tello!.rules?.renewalHoursET?.value, { from: 5, to: 11 });
  });
});

describe('freshness', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('dates a fact by its newest source, page date before read date', () => {
    assert.equal(factDate([{ url: 'https://a', trust: 'official', read: '2026', date: '2019-12-10' }]), '2019-12-10');
    assert.equal(factDate([{ url: 'https://a', trust: 'official', read: '2026-11' }, { url: 'https://b', trust: 'official', read: '2026', date: '2020-02-23' }]), '2026-11');
    assert.equal(factDate([]), undefined);
  });
  it('calls a fact out of date only when it is more than two years old', () => {
    assert.equal(isOutdated('2024-11-27', now), false);
    assert.equal(isOutdated('2024-11-25', now), true);
    assert.equal(isOutdated('2024', now), true, 'a year alone counts from its first day');
    assert.equal(isOutdated('2026', now), false);
  });
  it('the AT&T terms of 2019 are flagged, Ultra\'s renewal rule is not', () => {
    const att = CARRIER_FACTS['att-prepaid']!.numberLoss;
    assert.ok(att.status !== 'not-found' && isOutdated(factDate(att.sources)!, now));
    const ultra = CARRIER_FACTS.ultra!.numberLoss;
    assert.ok(ultra.status !== 'not-found' && !isOutdated(factDate(ultra.sources)!, now));
  });
});

describe('data files: Chinese text', () => {
  /** Every `zh` string in the data, with a path. */
  const zh: Array<[string, string]> = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) key === 'zh' && typeof child === 'string' ? zh.push([where, child]) : walk(child, `${where}.${key}`);
  };
  for (const { group, file, data } of ALL_FILES) walk(data, `${group}/${file}`);
  it('finds the Chinese text', () => assert.ok(zh.length > 200));
  it('uses full-width punctuation next to Chinese characters', () => {
    const bad = zh.filter(([, text]) => /[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]/.test(text));
    assert.deepEqual(bad, []);
  });
});
