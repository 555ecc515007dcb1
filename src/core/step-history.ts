import type { HistoryEvent } from './types.js';

/** One change to a step's status, as `simexit show` lists it (notes are listed on their own). */
export type StepChange =
  | { type: 'done'; at: string; on?: string }
  | { type: 'skip'; at: string; reason?: string }
  | { type: 'undo'; at: string };

/**
 * Every change to the status of one step, oldest first, as it was recorded: an undone change stays in the
 * list, followed by its undo. An undo that took back a note is a note's business and is left out.
 */
export function stepHistory(events: readonly HistoryEvent[], stepId: string): StepChange[] {
  const changes: StepChange[] = [];
  // Which kind of change each undo takes back: the latest one still standing (status or note).
  const standing: Array<'status' | 'note'> = [];
  for (const event of events) {
    if (event.type === 'answers' || event.step !== stepId) continue;
    if (event.type === 'note') standing.push('note');
    else if (event.type === 'undo') {
      if (standing.pop() === 'status') changes.push({ type: 'undo', at: event.at });
    } else {
      standing.push('status');
      changes.push(event.type === 'done' ? { type: 'done', at: event.at, ...(event.on ? { on: event.on } : {}) } : { type: 'skip', at: event.at, ...(event.reason ? { reason: event.reason } : {}) });
    }
  }
  return changes;
}
