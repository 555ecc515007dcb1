import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HtmlRenderer, Parser, type Node } from 'commonmark';
import { allCarrierFacts } from '../../src/content/carrier-facts.js';
import { allFacts } from '../../src/content/facts.js';
import { allServices } from '../../src/content/services.js';
import type { Answers, HistoryEvent } from '../../src/core/types.js';
import { markdownContent } from '../../src/io/markdown.js';
import { answers, run, seed, tempHome } from '../helpers/world.js';

// The Markdown export, read by a CommonMark implementation (commonmark.js, the spec's reference parser): bold
// labels are bold in both languages, every URL is an autolink that ends where the URL does, a skipped step is
// not checked, and no note or reason can add structure (issue 14).

/** Every URL simexit's data holds: a link in the export must be exactly one of them. */
const KNOWN_URLS = new Set<string>();
(function collect(value: unknown): void {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'url' || key === 'changeNumberUrl') && typeof child === 'string') KNOWN_URLS.add(child);
      else if (typeof child === 'string') for (const [url] of child.matchAll(/https?:\/\/[!-~]+?(?=[.,;:)]*(?:[^!-~]|$))/g)) KNOWN_URLS.add(url);
      else collect(child);
    }
  }
})([allFacts(), allCarrierFacts(), allServices()]);

const HOSTILE = [
  '# not a heading',
  '**bold** and *em* and _under_ ~~gone~~',
  'a ] b [link](https://evil.example) ![img](x.png) [ref]',
  'tick `code` here',
  '<script>alert(1)</script> <b>x</b> <https://evil.example>',
  'line one\n- [x] forged item\n# forged heading\n\n    indented',
  '&amp; &#x41; \\* | a | b |',
];

const PLANS: Array<[string, Partial<Answers>]> = [
  ['Ultra, letting go', { carrier: 'ultra' }],
  ['T-Mobile prepaid, letting go', { carrier: 'tmobile-prepaid' }],
  ['Google Voice, letting go', { carrier: 'google-voice' }],
  ['Ultra, keeping the number', { carrier: 'ultra', goal: 'keep' }],
];

const textOf = (node: Node): string => {
  let text = '';
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    if (event.node.type === 'text' || event.node.type === 'code') text += event.node.literal;
    else if (event.node.type === 'softbreak') text += ' ';
  }
  return text;
};
const all = (root: Node, type: string): Node[] => {
  const found: Node[] = [];
  const walker = root.walker();
  for (let event = walker.next(); event; event = walker.next()) if (event.entering && event.node.type === type) found.push(event.node);
  return found;
};
const children = (node: Node): Node[] => {
  const list: Node[] = [];
  for (let child = node.firstChild; child; child = child.next) list.push(child);
  return list;
};

async function exported(plan: Partial<Answers>, lang: 'en' | 'zh') {
  const home = tempHome();
  const custom = { id: 'custom-1', name: 'My *bank* <b>x</b> [y](https://evil.example)' };
  const events: HistoryEvent[] = [
    { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ ...plan, services: ['chase', 'wechat', 'alipay', 'paypal'], customServices: [custom] }) },
    { type: 'done', at: '2026-11-20T00:00:00Z', step: 'gather' },
    { type: 'skip', at: '2026-11-21T00:00:00Z', step: 'move-2fa:wechat', reason: HOSTILE.join(' ') },
    ...HOSTILE.map((text): HistoryEvent => ({ type: 'note', at: '2026-11-22T00:00:00Z', step: 'move-2fa:chase', text })),
    ...HOSTILE.map((text): HistoryEvent => ({ type: 'note', at: '2026-11-22T00:00:00Z', step: 'gather', text })),
  ];
  seed(home, events);
  const md = (await run(home, ['export', '--lang', lang])).stdout;
  const steps = JSON.parse((await run(home, ['list', '--json', '--all'])).stdout).steps as Array<{ id: string; status: string }>;
  return { md, doc: new Parser().parse(md), steps };
}

describe('export --format md, read by CommonMark', () => {
  for (const [name, plan] of PLANS) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${name} (${lang}): bold labels, autolinks, unchecked skipped steps, inert notes`, async () => {
        const { md, doc, steps } = await exported(plan, lang);

        // Structure: one h1, the h2 sections, one top-level item per step; no HTML at all.
        assert.equal(all(doc, 'heading').filter((heading) => heading.level === 1).length, 1);
        assert.ok(all(doc, 'heading').every((heading) => heading.level <= 2));
        assert.deepEqual([...all(doc, 'html_inline'), ...all(doc, 'html_block')], []);
        assert.doesNotMatch(new HtmlRenderer().render(doc), /<(script|b)>/);
        const stepList = children(doc).find((node) => node.type === 'list')!;
        const items = children(stepList);
        assert.equal(items.length, steps.length);

        // A step's box: [x] when done, [ ] otherwise, and a skipped step says so.
        for (const [index, step] of steps.entries()) {
          const head = textOf(children(items[index]!)[0]!);
          assert.ok(head.startsWith(step.status === 'done' ? '[x] ' : '[ ] '), `${step.id}: ${head}`);
          assert.ok(head.endsWith(step.status === 'skipped' ? (lang === 'zh' ? '（已跳过）' : '(skipped)') : step.id), `${step.id}: ${head}`);
        }

        // Every line that opens with a bold label renders it bold, as the first thing of its paragraph.
        const labelled = md.split('\n').filter((line) => /^\s*- \*\*/.test(line)).length;
        const paragraphs = all(doc, 'paragraph').filter((paragraph) => paragraph.firstChild?.type === 'strong');
        assert.ok(labelled > 5);
        assert.equal(paragraphs.length, labelled);
        for (const paragraph of paragraphs) {
          const after = paragraph.firstChild!.next;
          assert.match(after?.literal ?? '', lang === 'zh' ? /^：/ : /^ /, textOf(paragraph));
        }
        if (lang === 'zh') assert.ok(all(doc, 'strong').some((strong) => textOf(strong) === '怎么做'));
        else assert.ok(all(doc, 'strong').some((strong) => textOf(strong) === 'What to do:'));

        // Every URL is an autolink to a URL from the data; no URL is left as text outside the user's notes.
        const links = all(doc, 'link');
        assert.ok(links.length > 5);
        for (const link of links) {
          const url = decodeURI(link.destination!);
          assert.equal(textOf(link), url, 'an autolink shows its URL');
          assert.ok(KNOWN_URLS.has(url), `${url} is not a URL of the data`);
        }
        for (const text of all(doc, 'text')) {
          if (text.parent?.type === 'link' || /evil\.example/.test(text.literal!)) continue; // evil.example: the user's own text, shown as text
          assert.doesNotMatch(text.literal!, /https?:\/\//, 'a URL outside an autolink');
        }
        assert.deepEqual(all(doc, 'image'), []);
        assert.ok(all(doc, 'code').every((code) => steps.some((step) => step.id === code.literal)), 'code only for step ids');
        assert.deepEqual(all(doc, 'emph').map(textOf).filter((text) => /bold|em|under/.test(text)), []);

        // Notes and reasons read as typed, each on the line of its step.
        const shown = all(doc, 'paragraph').map(textOf);
        for (const note of HOSTILE) assert.ok(shown.some((text) => text.endsWith(note.replace(/\n/g, ' '))), note);
        assert.ok(shown.some((text) => text.includes(HOSTILE.join(' ').replace(/\n/g, ' '))), 'the skip reason');
      });
    }
  }
});

describe('markdownContent', () => {
  const links = (markdown: string) => all(new Parser().parse(markdown), 'link').map((link) => decodeURI(link.destination!));
  it('ends a URL at full-width punctuation, a label or the end of a sentence', () => {
    assert.deepEqual(links(markdownContent('说明页（https://2fa.directory/notes/chase/），不是')), ['https://2fa.directory/notes/chase/']);
    assert.deepEqual(links(markdownContent('来源：https://www.ultramobile.com/support/［官方］')), ['https://www.ultramobile.com/support/']);
    assert.deepEqual(links(markdownContent('See https://example.com/a_(b). Then')), ['https://example.com/a_(b)']);
    assert.deepEqual(links(markdownContent('(see https://example.com/x), then')), ['https://example.com/x']);
  });
  it('keeps a URL whole that holds the name of a service the user added, and never links a URL inside such a name', () => {
    assert.deepEqual(links(markdownContent('Notes: https://2fa.directory/notes/chase/ for chase', ['chase'])), ['https://2fa.directory/notes/chase/']);
    assert.deepEqual(links(markdownContent('Move my bank https://evil.example off', ['my bank https://evil.example'])), []);
  });
});
