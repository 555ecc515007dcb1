'use strict';
// node:child_process, loaded on first use. commander requires it when it loads, for executable subcommands,
// which simexit does not have; loading it costs about 2.4 ms of every start-up (it pulls in net, dgram and
// more). The build aliases `node:child_process` to this file; `child_process` (no prefix) is the real module.
let real;
module.exports = new Proxy({}, {
  get: (_target, key) => (real ??= require('child_process'))[key],
  has: (_target, key) => key in (real ??= require('child_process')),
});
