// See ../README.md: conf's migrations are not bundled in simexit (core/store-format.ts upgrades the store).
const unavailable = () => {
  throw new Error('simexit bundles conf without semver: pass no `migrations` to conf.');
};
export default { eq: unavailable, clean: unavailable, satisfies: unavailable, lte: unavailable, gt: unavailable };
