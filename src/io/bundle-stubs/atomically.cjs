'use strict';
// `atomically`, conf's file writer. simexit replaces the conf method that calls it (src/lazy/conf.ts), so it
// is never used: this stand-in keeps it (and the exit hooks it installs when it loads) out of the bundle, and
// fails loudly if conf ever reaches it another way. See README.md.
const unused = (name) => () => {
  throw new Error(`simexit: conf called atomically.${name}, which simexit replaces (src/lazy/conf.ts)`);
};
module.exports = { writeFileSync: unused('writeFileSync'), writeFile: unused('writeFile'), readFileSync: unused('readFileSync'), readFile: unused('readFile') };
