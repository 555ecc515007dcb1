import type { PlanStep } from './plan.js';
import { SERVICE_STEP_PREFIX } from './types.js';

export type StepLookup =
  | { ok: true; step: PlanStep }
  | { ok: false; ref: string; suggestions: string[] }
  /** Several steps begin with what was typed: none is taken, the candidates are listed. */
  | { ok: false; ref: string; ambiguous: string[] };

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

/** A reference as typed with a Chinese input method: full-width digits and letters (１６, ｗｅｃｈａｔ) folded by NFKC. */
export function normalizeRef(ref: string): string {
  return ref.normalize('NFKC').trim();
}

/**
 * The steps a partial id can mean: those whose id begins with it (`move-2fa:we`, `conf`), and the service steps
 * whose service begins with it (`wechat`, `chase` for `move-2fa:chase`). Two characters at least: one letter
 * names too many steps to be what the user meant.
 */
function partialMatches(plan: readonly PlanStep[], wanted: string): PlanStep[] {
  if (wanted.length < 2) return [];
  return plan.filter(({ id }) => id.startsWith(wanted) || (id.startsWith(SERVICE_STEP_PREFIX) && id.slice(SERVICE_STEP_PREFIX.length).startsWith(wanted)));
}

/**
 * A step named by its id, by its number in `list` (numbers are positions in the plan, stable as steps get done), or
 * by the beginning of its id when only one step begins so.
 */
export function findStep(plan: readonly PlanStep[], ref: string): StepLookup {
  const trimmed = normalizeRef(ref);
  const wanted = trimmed.toLowerCase();
  const byNumber = /^#?\d{1,3}$/.test(trimmed) ? plan[Number(trimmed.replace('#', '')) - 1] : undefined;
  if (/^#?\d+$/.test(trimmed)) return byNumber ? { ok: true, step: byNumber } : { ok: false, ref: trimmed, suggestions: [] };
  const exact = plan.find((candidate) => candidate.id === wanted);
  if (exact) return { ok: true, step: exact };
  const partial = partialMatches(plan, wanted);
  if (partial.length === 1) return { ok: true, step: partial[0]! };
  if (partial.length > 1) return { ok: false, ref: trimmed, ambiguous: partial.map((step) => step.id) };
  return { ok: false, ref: trimmed, suggestions: closestIds(plan.map((candidate) => candidate.id), trimmed) };
}
