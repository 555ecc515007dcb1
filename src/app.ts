// Everything a command needs once commander has chosen it: the command modules and the prompt adapter.
// The entry (main.ts, cli.ts) loads this one module when a command runs, so --version and --help never
// compile the commands or their content (steps, carriers, services).
export { about } from './commands/about.js';
export { carriers } from './commands/carriers.js';
export { completeWords, completionScript } from './commands/completion.js';
export { done } from './commands/done.js';
export { exportReport } from './commands/export.js';
export { guide } from './commands/guide.js';
export { list } from './commands/list.js';
export { note } from './commands/note.js';
export { profileAdd, profileList, profileRemove, profileUse } from './commands/profile.js';
export { reset } from './commands/reset.js';
export { services } from './commands/services.js';
export { set } from './commands/set.js';
export { skip } from './commands/skip.js';
export { undo } from './commands/undo.js';
export { where } from './commands/where.js';
export { loadPrompts } from './io/prompts.js';
