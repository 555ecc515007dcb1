'use strict';
// node:crypto, for conf's encryptionKey option (simexit does not encrypt its store). See README.md.
module.exports = require('./on-first-use.cjs')(() => require('crypto'));
