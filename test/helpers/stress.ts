/**
 * The long stress tests (kill loops, fuzzing, rounds of concurrent writers, a lock held 15 s, Ctrl+C at every prompt)
 * take most of `npm test`'s time. `npm run test:quick` sets SIMEXIT_QUICK=1 and they skip, saying so; `npm test`,
 * and so CI, runs them. Use: `it(name, stress, async () => …)`.
 */
export const stress: { skip?: string } = process.env.SIMEXIT_QUICK === '1' ? { skip: 'a long stress test: `npm test` runs it' } : {};
