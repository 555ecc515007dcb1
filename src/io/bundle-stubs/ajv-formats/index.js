// See ../README.md: conf's schema validation is not bundled in simexit.
export default {
  default() {
    throw new Error('simexit bundles conf without ajv-formats: pass no `schema` to conf.');
  },
};
