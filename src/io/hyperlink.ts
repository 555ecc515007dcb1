// OSC 8 hyperlinks (https://gist.github.com/egmontkob/eb114294efbcd5adb1944c9f3cb5feda): the link's text is the
// URL itself, so a terminal that ignores the sequence still shows an address to copy. Decided conservatively
// from the environment: only terminals known to support them, never a pipe or a file, never under tmux or
// screen (which pass them on only when configured to).

/** Whether `stream` is a terminal known to show OSC 8 hyperlinks. FORCE_HYPERLINK=1 or 0 overrides the guess. */
export function supportsHyperlinks(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false' && Boolean(stream.isTTY);
  if (!stream.isTTY || env.TERM === 'dumb' || env.TMUX || env.STY || env.CI) return false;
  if (env.WT_SESSION || env.DOMTERM || env.KITTY_WINDOW_ID) return true;
  if (env.VTE_VERSION && Number(env.VTE_VERSION) >= 5000) return true; // GNOME Terminal, Tilix…: VTE 0.50
  if (env.KONSOLE_VERSION && Number(env.KONSOLE_VERSION) >= 201200) return true;
  if (env.TERM === 'xterm-kitty' || env.TERM === 'foot' || env.TERM === 'foot-extra' || env.TERM === 'xterm-ghostty') return true;
  const version = (env.TERM_PROGRAM_VERSION ?? '').split('.').map(Number);
  const atLeast = (major: number, minor: number) => (version[0] ?? 0) > major || ((version[0] ?? 0) === major && (version[1] ?? 0) >= minor);
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return atLeast(3, 1);
    case 'vscode':
      return atLeast(1, 72);
    case 'WezTerm':
    case 'ghostty':
      return true;
    default:
      return false;
  }
}

/** URLs as simexit prints them: up to a space or Chinese punctuation (the wrapping keeps each on one line). */
const URL = /https?:\/\/[^\s，。；！？、（）［］「」《》【】]+/g;

/** Each URL in a line of text as a hyperlink whose text is the URL; plain text unchanged when `on` is false. */
export function linkUrls(line: string, on: boolean | undefined): string {
  return on ? line.replace(URL, (url) => `\u001b]8;;${url}\u001b\\${url}\u001b]8;;\u001b\\`) : line;
}
