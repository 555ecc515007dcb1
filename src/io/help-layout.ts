import type { Help, HelpConfiguration } from 'commander';
import { wrapText } from './layout.js';
import { displayWidth } from './width.js';

// commander measures help text with String#length and wraps it at spaces only: a Chinese description (two columns a
// character, no spaces) overflows the terminal and pushes the columns out of line. This replaces the methods
// commander 14's Help exposes for that (displayWidth, boxWrap) and wraps the help texts simexit adds. It is its own
// lazy bundle (dist/lazy/help-layout.js), loaded only for help in Chinese: English help is ASCII, which
// commander measures right, and `--help` is a start-up the bench times.

export interface HelpLayout {
  /** For `configureHelp`: commander's help, measured in display columns and wrapped where Chinese may break. */
  configuration: HelpConfiguration;
  /** For the help texts simexit adds (src/cli.ts keeps their indentation). */
  measure(text: string): number;
  wrap(text: string, width: number): string[];
}

export const helpLayout: HelpLayout = {
  configuration: {
    // Chinese wraps between any two characters: a narrow description column still reads well.
    minWidthToWrap: 12,
    displayWidth: (text: string) => displayWidth(text),
    boxWrap(this: Help, text: string, width: number): string {
      return width < this.minWidthToWrap ? text : wrapText(text, width).join('\n');
    },
    // commander writes "Usage: simexit …"; after a full-width colon (用法：) Chinese puts no space.
    formatHelp(this: Help, command, helper): string {
      const original = (Object.getPrototypeOf(this) as Help).formatHelp;
      return original.call(this, command, helper).replace(/^(\S+：) /, '$1');
    },
  },
  measure: displayWidth,
  wrap: wrapText,
};
