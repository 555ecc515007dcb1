// `show`, and the full view of a step the guided session opens on request: a bundle of its own (dist/show-app.js),
// so `list`, `done` and the others never compile it.
export { show } from './commands/show.js';
export { renderStepDetails } from './io/details.js';
export { stepHistory } from './core/step-history.js';
