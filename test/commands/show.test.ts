import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HistoryEvent } from '../../src/core/types.js';
import { answers, run, seed, snapshot, tempHome } from '../helpers/world.js';

const history: HistoryEvent[] = [
  { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ location: 'abroad', services: ['chase'], customServices: [], renewalDate: '2026-12-20' }) },
  { type: 'done', at: '2026-11-02T00:00:00Z', step: 'cancel' },
  { type: 'note', at: '2026-11-03T00:00:00Z', step: 'cancel', text: 'called 611 \u001b]0;owned\u0007' },
  { type: 'undo', at: '2026-11-04T00:00:00Z', step: 'cancel' }, // takes back the note, not the status
  { type: 'undo', at: '2026-11-05T00:00:00Z', step: 'cancel' },
  { type: 'note', at: '2026-11-06T00:00:00Z', step: 'cancel', text: 'ticket C-88123' },
  { type: 'skip', at: '2026-11-07T00:00:00Z', step: 'cancel', reason: 'later' },
];

describe('show', () => {
  it('prints everything about a step: what to do, facts with sources, the carrier, warnings, notes, history', async () => {
    const home = tempHome();
    seed(home, history);
    const { code, stdout } = await run(home, ['show', 'cancel']);
    assert.equal(code, 0);
    for (const part of ['What to do', 'Why', 'Facts and sources', 'Your carrier: Ultra Mobile', 'Warnings', 'Notes', 'History']) assert.ok(stdout.includes(part), part);
    assert.match(stdout, /How Ultra Mobile \(incl\. PayGo\) cancels\s+Not found in our sources\. Ask Ultra Mobile/, 'no acceptable source says how Ultra cancels');
    assert.match(stdout, /source: https:\/\/www\.ultramobile\.com\/ufaqs\/what-happens-if-i-forget-to-make-a-payment\/\s+\[official: Ultra Mobile/);
    assert.doesNotMatch(stdout, /joinchargeback|Chargeback/, 'a cancellation-service seller is never a source');
    assert.match(stdout, /note 2026-11-06: ticket C-88123/);
    assert.doesNotMatch(stdout, /called 611/, 'an undone note is gone');
    assert.match(stdout, /2026-11-02 {2}done\n {2}2026-11-05 {2}undone\n {2}2026-11-07 {2}skipped · reason: later/);
    assert.equal(stdout.split('Pages change').length - 1, 1, 'one disclaimer, at the end');
    assert.doesNotMatch(stdout, /\u001b/, 'plain text into a pipe');
  });

  it('takes the same references as done (numbers, ids), and says so in Chinese when one is unknown, changing nothing', async () => {
    const home = tempHome();
    seed(home, history);
    const byId = await run(home, ['show', 'cancel', '--lang', 'zh']);
    const byNumber = await run(home, ['show', '8', '--lang', 'zh']);
    assert.equal(byNumber.stdout, byId.stdout);
    assert.match(byId.stdout, /第 8\/10 步 · cancel/);
    assert.match(byId.stdout, /怎么做[\s\S]*依据与来源[\s\S]*你的运营商：Ultra Mobile（含 PayGo）[\s\S]*备注[\s\S]*记录/);
    const before = snapshot(home);
    const wrong = await run(home, ['show', 'cancle', '--lang', 'zh']);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /你的计划里没有“cancle”这个步骤/);
    assert.match(wrong.stderr, /cancel/);
    assert.equal(snapshot(home), before);
    assert.equal((await run(home, ['show'])).code, 2);
  });

  it('--json: the step in full with its warnings, notes and history, in the shape the README documents', async () => {
    const home = tempHome();
    seed(home, history);
    const { code, stdout } = await run(home, ['show', 'cancel', '--json']);
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.equal(json.schemaVersion, 2);
    assert.deepEqual([json.lang, json.profile, json.tailored, json.total], ['en', 'default', true, 10]);
    assert.equal(json.step.id, 'cancel');
    assert.equal(json.step.status, 'skipped');
    assert.deepEqual(json.step.notes, [{ at: '2026-11-06T00:00:00Z', text: 'ticket C-88123' }]);
    assert.deepEqual(json.step.history, [
      { type: 'done', at: '2026-11-02T00:00:00Z' },
      { type: 'undo', at: '2026-11-05T00:00:00Z' },
      { type: 'skip', at: '2026-11-07T00:00:00Z', reason: 'later' },
    ]);
    assert.ok(json.step.carrierFacts.some((fact: { field: string; status: string }) => fact.field === 'cancel' && fact.status === 'not-found'));
    assert.ok(json.step.carrierFacts.some((fact: { field: string; sources?: unknown[] }) => fact.field === 'numberLoss' && fact.sources?.length));
    assert.doesNotMatch(stdout, /joinchargeback/);
    assert.ok(json.step.warnings.some((warning: { id: string }) => warning.id === 'services-before-cancel'));
    assert.equal(typeof json.step.action, 'string');
  });

  it('works before any set-up, on the general plan', async () => {
    const home = tempHome();
    const { code, stdout, stderr } = await run(home, ['show', 'gather']);
    assert.equal(code, 0);
    assert.match(stdout, /Gather what the carrier will ask for/);
    assert.match(stderr, /simexit guide/);
    assert.equal(snapshot(home), null);
  });
});

describe('list shows the notes of pending steps', () => {
  it('under the step, inert, in both languages (done steps keep theirs for --all)', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'note', at: '2026-11-20T00:00:00Z', step: 'gather', text: 'PIN in 1Password \u001b[2J' },
      { type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' },
      { type: 'note', at: '2026-11-20T00:00:00Z', step: 'backup', text: 'saved to USB' },
    ]);
    const en = await run(home, ['list']);
    assert.match(en.stdout, /· gather +Gather[^\n]*\n +note 2026-11-20: PIN in 1Password ␛\[2J/);
    assert.doesNotMatch(en.stdout, /saved to USB/);
    const zh = await run(home, ['list', '--lang', 'zh']);
    assert.match(zh.stdout, /gather[^\n]*\n +备注 2026-11-20：PIN in 1Password ␛\[2J/);
  });
});
