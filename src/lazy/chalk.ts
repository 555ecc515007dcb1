// chalk, only when output is in colour. Loaded through src/lazy.ts.
export { Chalk } from 'chalk';
