#!/usr/bin/env node
// A shim: turn on Node's compile cache where this Node has it (22.1+), then load the bundled entry.
import module from 'node:module';

module.enableCompileCache?.();

let entry;
try {
  entry = await import('../dist/main.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    process.stderr.write(
      'simexit is not built yet: run `npm install` (or `npm run build`) in its folder first.\n' +
        'simexit 尚未构建：请先在它的目录里运行 `npm install`（或 `npm run build`）。\n',
    );
    process.exit(1);
  }
  throw error;
}
await entry.main();
