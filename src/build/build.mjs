// `npm run build`: bundles src/ into dist/ with esbuild, so that each run of simexit compiles only what it uses.
// The start-up design is explained in the README (Development); `npm run bench` measures it. This script is run by
// Node itself (it is not part of any bundle), with `--analyze` to print what each bundle is made of.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { writeIndex } from '../content/data/build-index.mjs';
import { writeNotices } from './notices.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const stub = (file) => path.join(ROOT, 'src/io/bundle-stubs', file);

// The content data (one JSON file per carrier, per service group, per fact topic) is imported through a
// generated index, so that adding a carrier is adding a file.
writeIndex();

fs.rmSync(DIST, { recursive: true, force: true });

/**
 * Content that a run reads as JSON rather than compiles as JavaScript: JSON.parse of a file costs about half of
 * compiling the same data, and a file is read only by the runs that use it.
 * - The content data (src/content/data/**\/*.json) is copied to dist/data/, and the loader the sources use
 *   (src/content/data/load.ts, which reads the files next to it) is replaced by src/build/data-load.cjs, which
 *   reads that copy: `list` for an Ultra line parses Ultra's file and its services' files, not all of them.
 * - The interface strings (src/content/messages.ts, the one table of every message in both languages) are
 *   written to dist/content/messages.*.json, by language and with --help's strings apart, which
 *   src/build/messages.cjs, bundled as dist/content/messages.js, reads: every run needs some of them, and
 *   compiling them as a 92 KB module cost 1% of every start.
 */
const DATA = path.join(ROOT, 'src/content/data');
for (const file of fs.readdirSync(DATA, { recursive: true })) {
  if (!file.endsWith('.json') || file.startsWith('schema')) continue; // the schemas are for the tests
  const target = path.join(DIST, 'data', file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const { $schema, ...data } = JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));
  fs.writeFileSync(target, JSON.stringify(data));
}
fs.mkdirSync(path.join(DIST, 'content'), { recursive: true });
const { HELP_KEYS } = createRequire(import.meta.url)('./messages.cjs');
const MESSAGES = await messagesTable();
for (const lang of ['en', 'zh']) {
  for (const help of [true, false]) {
    const part = Object.fromEntries(Object.entries(MESSAGES).filter(([key]) => HELP_KEYS.test(key) === help).map(([key, text]) => [key, text[lang]]));
    fs.writeFileSync(path.join(DIST, `content/messages.${help ? 'help.' : ''}${lang}.json`), JSON.stringify(part));
  }
}

/** MESSAGES from src/content/messages.ts, compiled and evaluated here. */
async function messagesTable() {
  const { outputFiles } = await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['src/content/messages.ts'], bundle: true, format: 'cjs', platform: 'node', write: false });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports.MESSAGES;
}

/**
 * dist/app.js: every command module, and the prompt adapter. The registry (src/cli.ts) names each command's module
 * in an import() run when the command is chosen, and main.ts imports the prompt adapter the same way; in the
 * bundles, each of these imports reads that module from dist/app.js instead (one bundle of commands: they
 * share the plan, the content and the rendering, which one bundle compiles once). The list comes from the
 * registry itself, so adding a command is adding its block and its module.
 */
const ENTRY_FILES = [path.join(ROOT, 'src/cli.ts'), path.join(ROOT, 'src/main.ts')];
const CLI = fs.readFileSync(ENTRY_FILES[0], 'utf8') + fs.readFileSync(ENTRY_FILES[1], 'utf8');
const APP_MODULES = [...new Set([...CLI.matchAll(/import\('\.\/((?:commands\/[\w-]+)|io\/prompts)\.js'\)/g)].map((match) => match[1]))].sort();
const key = (module) => module.replace(/\W/g, '_');
const appModules = {
  name: 'app-modules',
  setup(build) {
    build.onResolve({ filter: /^simexit:app$/ }, () => ({ path: 'app', namespace: 'app-entry' }));
    build.onLoad({ filter: /.*/, namespace: 'app-entry' }, () => ({
      resolveDir: path.join(ROOT, 'src'),
      contents: APP_MODULES.map((module) => `export * as ${key(module)} from './${module}.ts';`).join('\n'),
    }));
    build.onResolve({ filter: /^\.\/(commands\/[\w-]+|io\/prompts)\.js$/ }, (args) =>
      ENTRY_FILES.includes(args.importer) ? { path: args.path.slice(2, -3), namespace: 'app-module' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'app-module' }, (args) => ({
      contents: `module.exports = require('./app.js').${key(args.path)};`,
      loader: 'js',
    }));
  },
};

/** The bundles' stand-in for src/content/data/load.ts (see above). */
const dataLoader = {
  name: 'data-loader',
  setup(build) {
    build.onResolve({ filter: /^\.\/load\.js$/ }, (args) =>
      args.importer === path.join(DATA, 'index.ts') ? { path: path.join(ROOT, 'src/build/data-load.cjs') } : undefined,
    );
  },
};

const result = await esbuild.build({
  absWorkingDir: ROOT,
  // One bundle per kind of run, each loaded only when needed (README, Development):
  entryPoints: [
    'src/main.ts', // the entry: commander, the registry, errors, the store's read; all --version and --help load
    { in: 'simexit:app', out: 'app' }, // every command but scan and show, with their code and content (see appModules)
    'src/scan-app.ts', // scan, with the 2fa.directory data (270 KB): no other command parses it
    'src/show-app.ts', // show, and the guide's "Show sources and details": everything about one step
    'src/plain-app.ts', // the numbered questions for a terminal without cursor movement (TERM=dumb)
    // the interface strings, read from dist/content/messages.*.json (see above), shared by main.js and app.js
    { in: 'src/build/messages.cjs', out: 'content/messages' },
    'src/lazy/*.ts', // one bundle per library that only some runs use (src/lazy.ts loads them)
  ],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  // CommonJS: Node starts CommonJS without initialising its ES module loader, a few milliseconds of every run.
  format: 'cjs',
  platform: 'node',
  target: 'node20.12',
  // The bundles require each other at run time instead of each copying the others in.
  external: ['./app.js', './scan-app.js', './show-app.js', './plain-app.js', './content/messages.js', './lazy/*'],
  // A dynamic import() compiled to require(): CommonJS bundles load each other without the ES module loader.
  supported: { 'dynamic-import': false },
  // Whitespace and syntax only: a start-up compiles fewer bytes; names stay readable in a bug's stack trace
  // (minifying identifiers too saved nothing measurable).
  minifyWhitespace: true,
  minifySyntax: true,
  // Licence comments are collected into dist/THIRD_PARTY_NOTICES.md below, from each package's own files.
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [dataLoader, appModules],
  alias: {
    // Three of conf's dependencies (required by its package, not optional), imported only for its `schema` and
    // `migrations` options, which simexit does not use (it validates and upgrades its store itself,
    // src/core/store-format.ts): about 360 KB a write would compile. The stand-ins throw a clear error if conf ever reaches them.
    ajv: stub('ajv'),
    'ajv-formats': stub('ajv-formats'),
    semver: stub('semver'),
    // Loaded by a dependency when it loads, for a feature simexit does not use; the stand-in loads the real
    // module on first use. commander's executable subcommands: 2.4 ms of every run.
    'node:child_process': stub('child-process.cjs'),
    // conf's encryptionKey option: 2.7 ms of every write.
    'node:crypto': stub('crypto.cjs'),
    // conf's one deepEqual per opening, answered by node:util: node:assert creates process.stderr, and with it
    // Node's stream and socket modules, about 3 ms of every write.
    'node:assert': stub('assert.cjs'),
    // conf's file writer, which simexit replaces (src/lazy/conf.ts): it wrote once without checking the byte
    // count and truncated the store on a full disk. The stand-in throws if conf ever calls it.
    atomically: stub('atomically.cjs'),
  },
});

// dist/ holds CommonJS whatever package.json's "type" says.
fs.writeFileSync(path.join(DIST, 'package.json'), '{"type": "commonjs"}\n');
writeNotices(ROOT, result.metafile, path.join(DIST, 'THIRD_PARTY_NOTICES.md'));

if (process.argv.includes('--analyze')) {
  // What each bundle is made of, biggest first: where a start-up's bytes come from.
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    console.log(`\n${file}: ${(output.bytes / 1024).toFixed(1)} KB`);
    const inputs = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
    for (const [input, { bytesInOutput }] of inputs.slice(0, process.argv.includes('--all') ? undefined : 12)) if (bytesInOutput > 0) console.log(`  ${(bytesInOutput / 1024).toFixed(1).padStart(7)} KB  ${input}`);
  }
}
