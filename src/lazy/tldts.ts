// tldts, the public-suffix list in code: a login's URL → its registrable domain ("mail.google.com" → google.com,
// "bank.co.uk" stays whole). Loaded through src/lazy.ts by `scan` only.
export { getDomain } from 'tldts';
