import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// scan's libraries and data stay out of every other run: each library is imported by its src/lazy module alone,
// and the scan modules (with 2fa.directory) are reached from the rest only through src/lazy.ts's loadScan.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const sources = (fs.readdirSync(SRC, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => file.split(path.sep).join('/'));
const importsOf = (file: string) => [...fs.readFileSync(path.join(SRC, file), 'utf8').matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+'([^']+)'/gms)].filter((match) => !match[1]).map((match) => match[2]!);

describe("the layering of scan's code", () => {
  const libraries: Record<string, string> = { saxes: 'lazy/saxes.ts', tldts: 'lazy/tldts.ts', yauzl: 'lazy/yauzl.ts', 'sql.js/dist/sql-wasm-inline.js': 'lazy/sqljs.ts', htmlparser2: 'lazy/htmlparser.ts', 'csv-parse/sync': 'lazy/csv.ts' };
  for (const [library, module] of Object.entries(libraries)) {
    it(`${library} is imported by ${module} alone`, () => assert.deepEqual(sources.filter((file) => importsOf(file).includes(library)), [module]));
  }

  it('nothing outside scan imports the scan modules or the 2fa.directory data', () => {
    // scan's command, its bundle's entry, and the rendering of its result (imported by the command alone).
    const outside = sources.filter((file) => !file.startsWith('scan/') && !['commands/scan.ts', 'scan-app.ts', 'io/scan-result.ts'].includes(file));
    assert.deepEqual(sources.filter((file) => importsOf(file).some((specifier) => specifier.endsWith('scan-result.js'))), ['commands/scan.ts']);
    const bad = outside.filter((file) => importsOf(file).some((specifier) => /(^|\/)scan\/|commands\/scan\.js|scan-app\.js/.test(specifier)));
    assert.deepEqual(bad, []);
  });
});
