// See ../../README.md: conf's schema validation is not bundled in simexit.
export class Ajv2020 {
  constructor() {
    throw new Error('simexit bundles conf without ajv: pass no `schema` to conf (the store is validated in core/store-format.ts).');
  }
}
