'use strict';
// node:child_process, for commander's executable subcommands (simexit has none). See README.md.
module.exports = require('./on-first-use.cjs')(() => require('child_process'));
