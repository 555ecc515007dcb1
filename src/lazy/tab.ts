// @bomb.sh/tab's commander adapter, for shell completion only. Loaded through src/lazy.ts.
export { default as tab } from '@bomb.sh/tab/commander';
