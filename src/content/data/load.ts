import { readFileSync } from 'node:fs';

// The content's JSON files, each read and parsed once, when something first asks for it: a run parses only the
// carrier, services and facts it shows (JSON.parse of a file is also cheaper than compiling the same data as
// JavaScript). Here, in the sources, the files are next to this module; the build copies them to dist/data/ and
// bundles src/build/data-load.cjs in this module's place (src/build/build.mjs).
const cache = new Map<string, unknown>();

export function loadData(file: string): unknown {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')));
  return cache.get(file);
}
