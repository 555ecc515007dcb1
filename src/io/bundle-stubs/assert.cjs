'use strict';
// node:assert, for conf, which uses it once per opening of its file: assert.deepEqual(fileStore, fileStore with
// the defaults), to learn whether the defaults add anything. Loading node:assert creates process.stderr (it
// checks whether stderr has colours), and with it Node's stream and socket modules: about 3 ms of each command
// that writes. Two plain objects that are deep-equal once their prototypes are set aside are what deepEqual
// (loose) calls equal, and node:util tells that without node:assert; anything else goes to the real module,
// loaded then. See README.md.
const { isDeepStrictEqual } = require('node:util');
const real = require('./on-first-use.cjs')(() => require('assert'));

const isPlainObject = (value) => {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

function deepEqual(actual, expected, message) {
  if (isPlainObject(actual) && isPlainObject(expected) && isDeepStrictEqual({ ...actual }, { ...expected })) return;
  real.deepEqual(actual, expected, message);
}

module.exports = new Proxy(real, { get: (target, key) => (key === 'deepEqual' ? deepEqual : target[key]) });
