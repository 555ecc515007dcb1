// The guided session's questions for a terminal without cursor movement (TERM=dumb): a bundle of its own
// (dist/plain-app.js), loaded by main.ts only there.
export { plainPrompts } from './io/plain-prompts.js';
