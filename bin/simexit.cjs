#!/usr/bin/env node
'use strict';
// A shim: turn on Node's compile cache where this Node has it (22.1+), then run the bundled entry. CommonJS
// on purpose, like the bundles in dist/: Node starts CommonJS without initialising its ES module loader,
// which is a measurable part of a start-up this short. On Node 20, node:module is not even loaded (it pulls
// in parts of that loader) since there is no cache to enable.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major > 22 || (major === 22 && minor >= 1)) require('node:module').enableCompileCache();

let entry;
try {
  entry = require('../dist/main.js');
} catch (error) {
  if (error?.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    process.stderr.write(
      'simexit is not built yet: run `npm install && npm run build` in its folder first.\n' +
        'simexit 尚未构建：请先在它的目录里运行 `npm install && npm run build`。\n',
    );
    process.exit(1);
  }
  throw error;
}
entry.main();
