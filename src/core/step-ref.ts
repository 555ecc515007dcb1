import type { PlanStep } from './plan.js';

export type StepLookup = { ok: true; step: PlanStep } | { ok: false; ref: string; suggestions: string[] };

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Up to three ids closest to what was typed: containing it, or a few edits away. */
export function closestIds(ids: readonly string[], ref: string, limit = 3): string[] {
  const wanted = ref.toLowerCase();
  return ids
    .map((id) => ({ id, distance: id.includes(wanted) && wanted.length >= 2 ? 0 : editDistance(wanted, id) }))
    .filter(({ id, distance }) => distance <= Math.max(2, Math.floor(id.length / 3)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ id }) => id);
}

/** A step named by its id or by its number in `list` (numbers are positions in the plan, stable as steps get done). */
export function findStep(plan: readonly PlanStep[], ref: string): StepLookup {
  const trimmed = ref.trim();
  const byNumber = /^#?\d{1,3}$/.test(trimmed) ? plan[Number(trimmed.replace('#', '')) - 1] : undefined;
  const step = byNumber ?? plan.find((candidate) => candidate.id === trimmed.toLowerCase());
  return step ? { ok: true, step } : { ok: false, ref: trimmed, suggestions: closestIds(plan.map((candidate) => candidate.id), trimmed) };
}
