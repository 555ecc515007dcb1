// @bomb.sh/tab, for the PowerShell completion script only (cobra's, which speaks the protocol `simexit complete`
// answers); bash, zsh and fish use simexit's own scripts in src/commands/completion.ts. Loaded through src/lazy.ts.
export { script as tab } from '@bomb.sh/tab';
