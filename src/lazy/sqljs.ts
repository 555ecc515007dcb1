// sql.js, SQLite compiled to WebAssembly (inlined, so nothing is built or fetched at install and it runs the same on
// Node 20, 22 and 24): reads an iPhone backup's Manifest.db and messages database. Loaded through src/lazy.ts by
// `scan` only, and only for an iPhone backup.
// @ts-expect-error the inline build has no types of its own; its API is sql.js's (see @types/sql.js)
import initSqlJsUntyped from 'sql.js/dist/sql-wasm-inline.js';
import type initSqlJsTyped from 'sql.js';
export const initSqlJs = initSqlJsUntyped as typeof initSqlJsTyped;
