// The four Inquirer prompts simexit uses. Naming them (not the whole package) keeps the editor prompt and its
// encodings out of the bundle. Loaded through src/lazy.ts, only by commands that ask.
export { checkbox, input, search, select } from '@inquirer/prompts';
