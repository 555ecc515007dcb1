'use strict';
// src/content/messages.ts as bundled (dist/content/messages.js): the same table, read from the JSON the build
// wrote next to this module (src/build/build.mjs says why).
const fs = require('node:fs');
const path = require('node:path');

exports.MESSAGES = JSON.parse(fs.readFileSync(path.join(__dirname, 'messages.json'), 'utf8'));
