'use strict';
// A Node built-in module that loads when first used instead of when its importer loads. Property reads, `in`
// and calls go to the real module, loaded then. Enumerating its keys does not load it: the importers this
// stands in for use the module through its default export or require(), never by listing its names
// (test/e2e/loading.test.ts checks what loads; test/core/bundle-stubs.test.ts that the stand-ins behave).
module.exports = function onFirstUse(load) {
  let real;
  const module = () => (real ??= load());
  return new Proxy(() => {}, {
    get: (_target, key) => module()[key],
    has: (_target, key) => key in module(),
    apply: (_target, self, args) => Reflect.apply(module(), self, args),
  });
};
