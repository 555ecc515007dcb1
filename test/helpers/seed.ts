import { randomInt } from 'node:crypto';
import type { TestContext } from 'node:test';

/**
 * The seed of a randomised test: a new one each run, or SIMEXIT_SEED's to replay one. Printed as the test's
 * diagnostic (the spec reporter shows it under the test, failed or not), with the command that replays it.
 * What a seed fixes is the test's own choices (fast-check's inputs, the kill delays, the lock rounds); a test that
 * kills processes at moments also depends on the machine's timing, which no seed can replay.
 */
export function seedFor(t: TestContext): number {
  const given = process.env.SIMEXIT_SEED;
  const seed = given === undefined || given === '' ? randomInt(2 ** 31) : Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`SIMEXIT_SEED must be an integer, not '${given}'`);
  t.diagnostic(`seed ${seed} (replay: SIMEXIT_SEED=${seed} node --import tsx --test --test-name-pattern=${JSON.stringify(t.name)} <file>)`);
  return seed;
}

/** fast-check's options for a seeded run: `fc.assert(property, fcSeed(t, { numRuns: 100 }))`. */
export function fcSeed<T extends object>(t: TestContext, options?: T): T & { seed: number } {
  return { ...(options as T), seed: seedFor(t) };
}

/** A seeded pseudo-random generator (mulberry32) in [0, 1), for the tests' own random choices. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
