import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { allCarrierFacts } from '../../src/content/carrier-facts.js';
import { CARRIERS } from '../../src/content/carriers.js';
import { CATEGORY_NAMES } from '../../src/content/categories.js';
import { allFacts } from '../../src/content/facts.js';
import { MESSAGES } from '../../src/content/messages.js';
import { STEPS } from '../../src/content/steps.js';
import { WARNINGS } from '../../src/content/warnings.js';
import { allServices } from '../../src/content/services.js';
import { fillTemplate, type Localized } from '../../src/i18n.js';

// Chinese typography, checked over every string simexit ships so new text cannot regress (issue 14).
//
// The rule for Chinese text:
// - punctuation is full-width: ，。：；！？（）、 and the quotation marks “ ” (「」 inside them); ASCII , ; : ! ? ( ) " '
//   appear only inside code (`…`), URLs, placeholders ({name}), and between digits (1,000, 12:00) or letters (don't);
// - a space separates Han characters from Latin letters and digits (“用 Google Voice 收验证码”, “30 天”), never
//   two Han characters, and never stands next to full-width punctuation;
// - a template puts no space between a placeholder and Han text or full-width punctuation: filling it adds the
//   space where a Latin value meets Han text (src/i18n.ts), so a Chinese name is inserted without one.
// English text has no full-width punctuation (curly quotes “ ” are English typography too, and allowed).

function localizedPairs(value: unknown, where: string, out: Array<[string, Localized]> = []): Array<[string, Localized]> {
  if (Array.isArray(value)) value.forEach((item, index) => localizedPairs(item, `${where}[${index}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.zh === 'string' && typeof record.en === 'string') out.push([where, record as unknown as Localized]);
    else for (const [key, child] of Object.entries(record)) localizedPairs(child, `${where}.${key}`, out);
  }
  return out;
}

/** Every JSON file under src/content/data, read as it is on disk (hidden sources included). */
function dataFiles(dir: string): Array<[string, unknown]> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry): Array<[string, unknown]> => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'schema' ? [] : dataFiles(file);
    return entry.name.endsWith('.json') ? [[path.relative(process.cwd(), file), JSON.parse(fs.readFileSync(file, 'utf8'))]] : [];
  });
}

const DATA_DIR = new URL('../../src/content/data', import.meta.url).pathname;
const CONTENT = { MESSAGES, STEPS, WARNINGS, FACTS: allFacts(), CARRIERS, CATEGORY_NAMES, CARRIER_FACTS: allCarrierFacts(), SERVICES: allServices() };
const PAIRS = [
  ...Object.entries(CONTENT).flatMap(([name, value]) => localizedPairs(value, name)),
  ...dataFiles(DATA_DIR).flatMap(([file, value]) => localizedPairs(value, file)),
];
/** The registry's Chinese owner names (`ownerZh`), which have no English twin in the same object. */
const OWNERS_ZH = Object.entries((JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'sources.json'), 'utf8')) as { domains: Record<string, { ownerZh?: string }> }).domains)
  .filter(([, publisher]) => publisher.ownerZh)
  .map(([domain, publisher]): [string, string] => [`sources.json ${domain}`, publisher.ownerZh!]);

const HAN = '\\p{Script=Han}';
const FULL_PUNCT = '，。、：；！？（）“”「」《》【】…—';
const LATIN = 'A-Za-z0-9';

/** Code spans, URLs, domains, placeholders and command lines: left as they are, each replaced by a Latin stand-in. */
function prose(text: string): string {
  return text
    .replace(/`[^`\n]*`/g, 'CODE')
    .replace(/https?:\/\/[^\s（）“”，。；：]+/g, 'URL')
    .replace(/\{\w+\}/g, '\ue000')
    // A label quoted as the page shows it in English (“Need Help?”) keeps its own punctuation.
    .replace(/“[^“”\p{Script=Han}]*”/gu, '“LABEL”')
    .replace(/^ *simexit .*$/gm, 'COMMAND')
    // A separator between items of a line (Number: … · Carrier: …) is spaced in both languages.
    .replace(/ · /g, '\ue001');
}

/** What is wrong with a Chinese string, by rule; empty when nothing is. */
function chineseProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = prose(text);
  const rules: Array<[string, RegExp]> = [
    ['ASCII , ; ! ? outside numbers', /(?<![0-9])[,;!?]|[,;!?](?![0-9])/u],
    ['ASCII : outside numbers and times', /(?<![0-9A-Za-z])[:]|[:](?![0-9/])/u],
    ['ASCII parentheses', /[()]/u],
    ['ASCII double quotes', /"/u],
    ["ASCII single quotes outside a word", /(?<![A-Za-z])'|'(?![A-Za-z])/u],
    ['ASCII full stop after Han', new RegExp(`[${HAN}]\\.`, 'u')],
    ['space between two Han characters', new RegExp(`[${HAN}] +[${HAN}]`, 'u')],
    ['space next to full-width punctuation', new RegExp(`[${FULL_PUNCT}] +\\S| +[${FULL_PUNCT}]`, 'u')],
    ['Han glued to a Latin letter or digit', new RegExp(`[${HAN}][${LATIN}]|[${LATIN}][${HAN}]`, 'u')],
  ];
  for (const [name, pattern] of rules) if (pattern.test(lines)) problems.push(name);
  // The template itself: no space between a placeholder and Han text or full-width punctuation.
  if (new RegExp(`\\} +[${HAN}${FULL_PUNCT}]|[${HAN}${FULL_PUNCT}] +\\{`, 'u').test(text)) problems.push('space between a placeholder and Han text');
  // A step's title is a sentence of its own: run into the text around it (已为 3. 把支付宝从这个号码上改绑添加备注), it reads as one.
  if (new RegExp(`\\{title\\}[${HAN}]`, 'u').test(text)) problems.push('a step title run into the sentence');
  return problems;
}

function englishProblems(text: string): string[] {
  return /[，。、：；！？（）「」《》【】\uff01-\uff5e]/u.test(text) ? ['full-width punctuation in English'] : [];
}

describe('typography: Chinese strings', () => {
  it('finds the strings to check', () => assert.ok(PAIRS.length > 1000, `${PAIRS.length}`));
  it('every Chinese string follows the rules', () => {
    const found = [...PAIRS.map(([where, pair]): [string, string] => [where, pair.zh]), ...OWNERS_ZH]
      .map(([where, text]) => ({ where, text, problems: chineseProblems(text) }))
      .filter((entry) => entry.problems.length);
    assert.deepEqual(found, []);
  });
  it('every English string follows its rules', () => {
    const found = PAIRS.map(([where, pair]) => ({ where, text: pair.en, problems: englishProblems(pair.en) })).filter((entry) => entry.problems.length);
    assert.deepEqual(found, []);
  });
});

describe('typography: the rules catch what issue 14 found', () => {
  const cases: Array<[string, string]> = [
    ['把 支付宝 从这个号码上改绑', 'space between two Han characters'],
    ['Ultra Mobile（含 PayGo） 的', 'space next to full-width punctuation'],
    ["已添加档案 'tello'。", 'ASCII single quotes outside a word'],
    ['Chase, PayPal 和支付宝', 'ASCII , ; ! ? outside numbers'],
    ['请看帮助(可选)', 'ASCII parentheses'],
    ['他们说"可以"', 'ASCII double quotes'],
    ['用Google Voice收码', 'Han glued to a Latin letter or digit'],
    ['已完成.', 'ASCII full stop after Han'],
    ['把 {name} 从这个号码上改绑', 'space between a placeholder and Han text'],
    ['已为{number}. {title}添加备注', 'a step title run into the sentence'],
  ];
  for (const [text, rule] of cases) it(`“${text}”: ${rule}`, () => assert.ok(chineseProblems(text).includes(rule), chineseProblems(text).join('; ')));
  for (const text of ['运行 `simexit list, --all` 查看', '打开 https://example.com/a,b(c) 查看', '共 1,000 条，12:00 之前', '点“Need Help?”联系客服', "Google's 页面"]) {
    it(`“${text}” passes`, () => assert.deepEqual(chineseProblems(text), []));
  }
  it('finds full-width punctuation in English', () => assert.deepEqual(englishProblems('Done（2 steps）。'), ['full-width punctuation in English']));
});

describe('typography: names inserted into Chinese templates', () => {
  it('a Chinese name gets no spaces, a Latin one gets them, full-width punctuation none', () => {
    assert.equal(fillTemplate('把{name}从这个号码上改绑', { name: '支付宝' }), '把支付宝从这个号码上改绑');
    assert.equal(fillTemplate('把{name}从这个号码上改绑', { name: 'Chase' }), '把 Chase 从这个号码上改绑');
    assert.equal(fillTemplate('{carrier}的自动充值', { carrier: 'Ultra Mobile（含 PayGo）' }), 'Ultra Mobile（含 PayGo）的自动充值');
    assert.equal(fillTemplate('已完成{done}/{total}', { done: 3, total: 10 }), '已完成 3/10');
    assert.equal(fillTemplate('“{value}”不是日期', { value: '2026' }), '“2026”不是日期');
    assert.equal(fillTemplate('Marked {name} done', { name: 'Chase' }), 'Marked Chase done');
  });

  // Every Chinese template, its names filled with a Chinese name, a Latin one, and one ending in full-width punctuation.
  const NAMES = new Set(['carrier', 'name', 'title', 'services', 'service', 'label', 'owner', 'answer', 'kind', 'goal', 'names', 'text', 'reason', 'count', 'days']);
  const templates = PAIRS.filter(([, pair]) => [...pair.zh.matchAll(/\{(\w+)\}/g)].some((match) => NAMES.has(match[1]!)));
  it('finds the templates', () => assert.ok(templates.length > 100, `${templates.length}`));
  for (const value of ['支付宝', 'Chase', 'Ultra Mobile（含 PayGo）', '42']) {
    it(`every Chinese template reads right with “${value}” inserted`, () => {
      const found = templates
        .map(([where, pair]) => {
          const filled = fillTemplate(pair.zh, Object.fromEntries([...pair.zh.matchAll(/\{(\w+)\}/g)].map((match) => [match[1]!, NAMES.has(match[1]!) ? value : 'x'])));
          return { where, filled, problems: chineseProblems(filled).filter((problem) => !problem.startsWith('ASCII')) };
        })
        .filter((entry) => entry.problems.length);
      assert.deepEqual(found, []);
    });
  }
});
