// conf, which writes the progress file atomically. Loaded through src/lazy.ts only when something is written.
export { default as Conf } from 'conf';
