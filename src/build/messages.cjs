'use strict';
// src/content/messages.ts as bundled (dist/content/messages.js): the same table, read from JSON files the build
// wrote next to this module (src/build/build.mjs says why JSON). The table is split by language, and the strings
// of --help (commands, options, arguments, examples) are apart from the rest, so `--help` in English parses
// its own few kilobytes and a command the rest of its language when it first needs it. Any key works whatever
// file it is in: the split only decides what is parsed first.
const fs = require('node:fs');
const path = require('node:path');

/** The keys --help and --version need (the build splits with the same pattern). */
const HELP_KEYS = /^(cmd|opt|arg|ex[A-Z]|help|programDescription$)/;

const tables = new Map();
function table(name) {
  if (!tables.has(name)) tables.set(name, JSON.parse(fs.readFileSync(path.join(__dirname, `messages.${name}.json`), 'utf8')));
  return tables.get(name);
}
const text = (lang, key) => table(HELP_KEYS.test(key) ? `help.${lang}` : lang)[key];

// MESSAGES[key] is a message in both languages, each read when asked for (keys are checked at compile time).
exports.MESSAGES = new Proxy(
  {},
  {
    get: (_target, key) =>
      typeof key === 'string'
        ? {
            get en() {
              return text('en', key);
            },
            get zh() {
              return text('zh', key);
            },
          }
        : undefined,
  },
);
exports.HELP_KEYS = HELP_KEYS;
