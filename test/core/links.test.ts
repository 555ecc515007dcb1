import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCarrierFacts } from '../../src/content/carrier-facts.js';
import { allFacts } from '../../src/content/facts.js';
import type { Source } from '../../src/core/types.js';
import { createPaint } from '../../src/io/color.js';
import { linkUrls, supportsHyperlinks } from '../../src/io/hyperlink.js';
import { unbreakable, wrapText } from '../../src/io/layout.js';
import { renderSource, type Look } from '../../src/io/render.js';
import { displayWidth } from '../../src/io/width.js';

const PLAIN = await createPaint(0);
const look = (lang: 'en' | 'zh', width: number, links = false): Look => ({ lang, paint: PLAIN, width, links });

// Every source simexit can show: the general facts' and each carrier's.
const SOURCES: Source[] = [
  ...allFacts().flatMap((fact) => fact.sources),
  ...Object.values(allCarrierFacts()).flatMap((facts) => Object.values(facts).flatMap((fact) => ('sources' in fact && Array.isArray(fact.sources) ? (fact.sources as Source[]) : []))),
];
const TRUST = /[[［][^\]］]*[\]］]/u;

describe('a source on screen, at 40, 60 and 100 columns in both languages', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const width of [40, 60, 100]) {
      it(`${lang}, ${width} columns: the URL whole on one line and followed by a space, the trust label whole on one line`, () => {
        assert.ok(SOURCES.length > 50, 'the content has sources to check');
        for (const source of SOURCES) {
          const lines = renderSource(source, look(lang, width), 4).split('\n');
          const withUrl = lines.filter((line) => line.includes(source.url));
          assert.equal(withUrl.length, 1, `${source.url} is on one line:\n${lines.join('\n')}`);
          assert.doesNotMatch(withUrl[0]!, new RegExp(`${source.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?! |$)`), 'a space or the line end follows the URL');
          const labels = lines.filter((line) => TRUST.test(line));
          assert.equal(labels.length, 1, `the label is on one line:\n${lines.join('\n')}`);
          assert.match(labels[0]!, /[[［][^\]］]*[\]］]\s*$/u, 'the label closes on the line it opens');
          // Only a line holding the URL or the label alone may run past the edge.
          for (const line of lines) {
            if (displayWidth(line) > width) assert.ok(/^\s*(\S+:\s*|来源：)?https?:\/\/\S+$/u.test(line) || /^\s*[[［][^\]］]*[\]］]$/u.test(line), `too wide: ${JSON.stringify(line)}`);
          }
        }
      });
    }
  }

  it('no label glued to the URL: "…/support/［官方…" cannot happen (it did in Chinese)', () => {
    const source: Source = { url: 'https://www.ultramobile.com/support/', trust: 'official', read: '2026' };
    assert.match(renderSource(source, look('zh', 100), 4), /support\/ ［官方：Ultra Mobile/);
    assert.match(renderSource(source, look('en', 100), 4), /support\/ \[official: Ultra Mobile/);
  });
});

describe('hyperlinks', () => {
  it('a terminal known to support them gets OSC 8 links that still show the URL; otherwise plain text', () => {
    const source: Source = { url: 'https://www.ultramobile.com/support/', trust: 'official', read: '2026' };
    const linked = renderSource(source, look('en', 100, true), 4);
    assert.ok(linked.includes(`\u001b]8;;${source.url}\u001b\\${source.url}\u001b]8;;\u001b\\`), JSON.stringify(linked));
    assert.doesNotMatch(renderSource(source, look('en', 100, false), 4), /\u001b/);
    assert.equal(linkUrls('see https://a.example/x。', true), 'see \u001b]8;;https://a.example/x\u001b\\https://a.example/x\u001b]8;;\u001b\\。');
  });

  const tty = { isTTY: true };
  const cases: Array<[string, NodeJS.ProcessEnv, { isTTY?: boolean }, boolean]> = [
    ['a pipe or a file, whatever the terminal', { TERM_PROGRAM: 'WezTerm' }, { isTTY: false }, false],
    ['an unknown terminal', { TERM: 'xterm-256color' }, tty, false],
    ['TERM=dumb', { TERM: 'dumb', WT_SESSION: '1' }, tty, false],
    ['iTerm2 3.4', { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19' }, tty, true],
    ['iTerm2 3.0', { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.15' }, tty, false],
    ['VS Code 1.80', { TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.80.1' }, tty, true],
    ['WezTerm', { TERM_PROGRAM: 'WezTerm' }, tty, true],
    ['Windows Terminal', { WT_SESSION: 'abc' }, tty, true],
    ['VTE 0.60 (GNOME Terminal)', { VTE_VERSION: '6003' }, tty, true],
    ['VTE 0.40', { VTE_VERSION: '4000' }, tty, false],
    ['kitty', { TERM: 'xterm-kitty' }, tty, true],
    ['inside tmux', { TERM_PROGRAM: 'WezTerm', TMUX: '/tmp/tmux-0/default,1,0' }, tty, false],
    ['Apple Terminal', { TERM_PROGRAM: 'Apple_Terminal' }, tty, false],
    ['FORCE_HYPERLINK=1', { FORCE_HYPERLINK: '1' }, tty, true],
    ['FORCE_HYPERLINK=0 in WezTerm', { FORCE_HYPERLINK: '0', TERM_PROGRAM: 'WezTerm' }, tty, false],
    ['FORCE_HYPERLINK=1 into a pipe', { FORCE_HYPERLINK: '1' }, { isTTY: false }, false],
  ];
  for (const [name, env, stream, expected] of cases) {
    it(`${name}: ${expected ? 'links' : 'plain text'}`, () => assert.equal(supportsHyperlinks(env, stream), expected));
  }
});

describe('wrapText and unbreakable spans', () => {
  it('moves a span whole to the next line, and gives one wider than the line a line of its own', () => {
    assert.deepEqual(wrapText(`source: x ${unbreakable('[official: Ultra Mobile; read 2026]')}`, 30), ['source: x', '[official: Ultra Mobile; read 2026]']);
    assert.deepEqual(wrapText(`a ${unbreakable('［官方：Ultra；2026］')} b`, 30), ['a ［官方：Ultra；2026］ b']);
    assert.deepEqual(wrapText(`${unbreakable('`simexit show move-2fa:chase`')}。`, 10), ['`simexit show move-2fa:chase`。']);
  });

  it('keeps a URL whole between Chinese punctuation, and the punctuation with it', () => {
    assert.deepEqual(wrapText('见（https://example.com/a/long/path）。然后', 12), ['见', '（https://example.com/a/long/path）。', '然后']);
  });

  it('never starts a line with ">" or ends one with "<" (a placeholder such as "<确认号、日期>")', () => {
    for (let width = 4; width < 30; width++) {
      const lines = wrapText('记下确认号和日期：simexit note cancel "<确认号、日期>"。', width);
      lines.slice(1).forEach((line) => assert.doesNotMatch(line, /^>/, JSON.stringify(lines)));
      lines.slice(0, -1).forEach((line) => assert.doesNotMatch(line, /<$/, JSON.stringify(lines)));
    }
  });
});
