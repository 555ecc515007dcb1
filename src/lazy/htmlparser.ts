// htmlparser2's streaming tokenizer, for the HTML pages of a Google Voice Takeout export. Loaded through src/lazy.ts
// by `scan` only.
export { Parser } from 'htmlparser2';
