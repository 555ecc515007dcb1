import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// The layering the README describes, read from the sources' import statements: a pure core, libraries used
// from one place each, and the libraries only some runs need reached through src/lazy.ts alone.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const sources = (fs.readdirSync(SRC, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => file.split(path.sep).join('/'));

interface Import {
  from: string;
  specifier: string;
  typeOnly: boolean;
}

const imports: Import[] = sources.flatMap((file) => {
  const text = fs.readFileSync(path.join(SRC, file), 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+'([^']+)'/gms)) found.push({ from: file, specifier: match[2]!, typeOnly: Boolean(match[1]) });
  for (const match of text.matchAll(/\bimport\('([^']+)'\)/g)) found.push({ from: file, specifier: match[1]!, typeOnly: text.slice(Math.max(0, match.index! - 7), match.index).includes('typeof') });
  return found;
});
/** The source file an import names, relative to src/, or the package for a bare specifier. */
const target = ({ from, specifier }: Import) => (specifier.startsWith('.') ? path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, '.ts') : specifier);
const users = (test: (name: string) => boolean, { types = false } = {}) =>
  [...new Set(imports.filter((entry) => (types || !entry.typeOnly) && test(target(entry))).map((entry) => entry.from))].sort();

describe('the layering of src/', () => {
  it('sees the imports it checks', () => {
    assert.ok(sources.length > 40 && imports.length > 150, `${sources.length} files, ${imports.length} imports`);
  });

  it('keeps the core pure: no Node modules, no libraries, no I/O, no commands', () => {
    const bad = imports.filter((entry) => entry.from.startsWith('core/') && !entry.typeOnly && !/^(core|content)\/|^(i18n|text)\.ts$/.test(target(entry)));
    assert.deepEqual(bad, []);
  });

  it('loads each library that only some runs need from src/lazy/ alone, and src/lazy/ through src/lazy.ts alone', () => {
    for (const library of ['@inquirer/prompts', 'conf', 'ical-generator', '@bomb.sh/tab', 'chalk']) {
      assert.deepEqual(users((name) => name === library), [`lazy/${library === '@bomb.sh/tab' ? 'tab' : library === '@inquirer/prompts' ? 'inquirer' : library.replace('-generator', '')}.ts`], library);
    }
    assert.deepEqual(users((name) => name.startsWith('lazy/')), ['lazy.ts']);
  });

  it('uses each lazy library from one module', () => {
    const lazyUsers = (loader: string) => [...new Set(sources.filter((file) => fs.readFileSync(path.join(SRC, file), 'utf8').includes(`${loader}(`) && file !== 'lazy.ts'))];
    assert.deepEqual(lazyUsers('loadInquirer'), ['io/prompts.ts']);
    assert.deepEqual(lazyUsers('loadConf'), ['io/store.ts']);
    assert.deepEqual(lazyUsers('loadIcal'), ['io/ics.ts']);
    assert.deepEqual(lazyUsers('loadTab'), ['commands/completion.ts']);
    assert.deepEqual(lazyUsers('loadChalk'), ['io/color.ts']);
  });

  it('reaches the commands and the prompts from the entry only as import(), run when a command is chosen', () => {
    // The build reads each of these imports from dist/app.js (src/build/build.mjs, appModules), so a static import
    // here would put a command into what --version and --help compile.
    const entry = imports.filter((entry) => ['main.ts', 'cli.ts'].includes(entry.from) && !entry.typeOnly);
    const app = entry.filter((entry) => target(entry).startsWith('commands/') || target(entry).startsWith('io/prompts'));
    assert.ok(app.length >= 16, `${app.length}`);
    const text = fs.readFileSync(path.join(SRC, 'cli.ts'), 'utf8') + fs.readFileSync(path.join(SRC, 'main.ts'), 'utf8');
    for (const { specifier } of app) assert.ok(text.includes(`import('${specifier}')`), `${specifier}: only as import()`);
  });

  it('reads the interface strings through text.ts alone', () => {
    assert.deepEqual(users((name) => name === 'content/messages.ts'), ['text.ts']);
  });
});
