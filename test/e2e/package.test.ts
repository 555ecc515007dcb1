import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT } from '../helpers/bin.js';
import { KEY, PtySession } from '../helpers/pty.js';
import { tempRoot } from '../helpers/world.js';

// The package as users get it: `npm pack`, installed globally into a clean prefix, and run through npx, all
// with the registry out of reach (`--offline`, and a registry address nothing listens on), so the test needs no
// network and proves the package needs nothing from the registry: everything it runs is bundled in dist/.
// It packs the build `npm test` made (--ignore-scripts skips prepack): rebuilding dist/ here would pull it from
// under the other test files, which run in parallel.
/** The libraries simexit runs, bundled into dist/ (the rest of its devDependencies build and test it). */
const BUNDLED = ['@bomb.sh/tab', '@inquirer/prompts', 'chalk', 'commander', 'conf', 'csv-parse', 'htmlparser2', 'ical-generator', 'saxes', 'sql.js', 'tldts', 'yauzl'];

describe('the npm package', () => {
  const work = fs.mkdtempSync(path.join(tempRoot(), 'pack-'));
  const tarball = path.join(work, `${pkg.name}-${pkg.version}.tgz`);
  const prefix = path.join(work, 'prefix');
  const installed = path.join(prefix, 'lib', 'node_modules', pkg.name);
  const offline = {
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_cache: path.join(work, 'cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'warn',
  };
  /** npm with a time limit: a hang (a registry npm should not need, a prompt) fails the test instead of CI. */
  const npm = (args: string[], cwd = work, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> => {
    const result = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...offline, ...env } });
    assert.equal(result.error, undefined, `npm ${args.join(' ')}: ${result.error?.message}`);
    assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    return result;
  };

  it('packs the bundle, LICENSE and README, nothing else, and declares no dependencies to fetch', () => {
    const [report] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work, ROOT], ROOT).stdout);
    const files: string[] = report.files.map((file: { path: string }) => file.path);
    const built = fs.readdirSync(path.join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((name) => fs.statSync(path.join(ROOT, 'dist', name)).isFile())
      .map((name) => `dist/${name.split(path.sep).join('/')}`);
    for (const file of ['bin/simexit.cjs', 'README.md', 'LICENSE', 'package.json', ...built]) assert.ok(files.includes(file), `${file} is in the package`);
    const stray = files.filter((file) => !/^(bin\/simexit\.cjs|dist\/.*|README\.md|package\.json|LICENSE|THIRD_PARTY_NOTICES(\.md|\.txt)?)$/.test(file));
    assert.deepEqual(stray, [], 'no sources, tests or config in the package');
    // The bundled libraries' licence notices, written by the build (src/build/notices.mjs): in the package, with a
    // section for each library simexit runs (and what they bring with them).
    const notices = files.find((file) => /^(dist\/)?THIRD_PARTY_NOTICES(\.md|\.txt)?$/.test(file));
    assert.ok(notices, 'the third-party notices are in the package');
    const text = fs.readFileSync(path.join(ROOT, notices), 'utf8');
    for (const library of BUNDLED) assert.match(text, new RegExp(`^## ${library.replace(/[.]/g, '\\.')} \\d`, 'm'), `${library}'s notice`);
    assert.match(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), new RegExp(`^${pkg.license} License`));
    assert.deepEqual(Object.keys((pkg as { dependencies?: object }).dependencies ?? {}), [], 'what runs is bundled: every library is a devDependency');
    assert.equal((pkg.scripts as Record<string, string>).prepare, undefined, 'a prepare script makes npm warn on every install of the package');
    assert.ok(fs.existsSync(tarball));
  });

  it('installs globally into a clean prefix without the registry, without a warning, and pulls in no package', () => {
    const result = npm(['install', '--global', '--prefix', prefix, tarball]);
    // (npm 11 run by Node 20.12 under `npm run test:matrix` warns about that Node: about npm, not the package.)
    const warnings = result.stderr.split('\n').filter((line) => /warn|ERR/i.test(line) && !/npm v[\d.]+ does not support Node\.js/.test(line));
    assert.deepEqual(warnings, [], result.stderr);
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'main.js')));
    assert.equal(fs.existsSync(path.join(installed, 'node_modules')), false, 'no dependency installed beside the package');
  });

  it('requires nothing at run time but Node built-ins and its own files', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const files = fs.readdirSync(path.join(installed, 'dist'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
    assert.ok(files.length >= 10, files.join(' '));
    for (const file of files) {
      const text = fs.readFileSync(path.join(installed, 'dist', file), 'utf8');
      const named = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!);
      const foreign = named.filter((name) => !builtins.has(name) && !name.startsWith('./') && !name.startsWith('../'));
      assert.deepEqual(foreign, [], `dist/${file} requires only built-ins and its own files`);
    }
    // And each one loads from where it is installed (a require that slipped past the pattern above would throw).
    const load = spawnSync(process.execPath, ['-e', 'for (const file of process.argv.slice(1)) require(file)', ...files.map((file) => path.join(installed, 'dist', file))], {
      cwd: work,
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: process.env.PATH },
    });
    assert.equal(load.status, 0, load.stderr);
  });

  it('runs every command from the global install', () => {
    const bin = path.join(prefix, 'bin', 'simexit');
    const home = fs.mkdtempSync(path.join(work, 'home-'));
    const fixture = (name: string) => path.join(ROOT, 'test', 'fixtures', 'scan', name);
    const env = { PATH: process.env.PATH, HOME: home, SIMEXIT_HOME: home, NO_COLOR: '1', LANG: 'en_US.UTF-8', TZ: 'UTC' };
    const commands: [string[], RegExp][] = [
      [['--version'], new RegExp(`^${pkg.version.replace(/\./g, '\\.')}$`, 'm')],
      [['--help'], /Usage/],
      [['list'], /Remaining steps/],
      [['list', '--json'], /"schemaVersion"/],
      [['done', '1'], /./],
      [['note', '1', 'called on Monday'], /./],
      [['undo', '1'], /./],
      [['skip', '2', '--force'], /./],
      [['set', 'balance', 'yes'], /./],
      [['set', 'renewal', new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)], /./],
      [['where'], /config\.json/],
      [['export'], /#/],
      [['export', '--format', 'ics'], /BEGIN:VCALENDAR/],
      [['export', '--format', 'json'], /"schemaVersion"/],
      [['carriers'], /tello/],
      [['carriers', 'tello'], /Tello/],
      [['services'], /./],
      [['about'], /simexit/],
      [['profile', 'add', 'tello'], /tello/],
      [['profile', 'list'], /tello/],
      [['profile', 'use', 'default'], /default/],
      [['profile', 'remove', 'tello', '--yes'], /tello/],
      [['completion', 'bash'], /complete/],
      [['complete', '--', 'done', ''], /./],
      [['list', '--lang', 'zh'], /待办步骤/],
      [['reset', '--yes'], /./],
      [['scan', fixture('android/sms-20261101.xml'), '--json'], /"scanned"/],
      [['scan', fixture('google-voice-takeout.zip'), '--json'], /"scanned"/],
      [['scan', fixture('iphone-backup'), '--json'], /"scanned"/],
      [['scan', fixture('vaults/bitwarden.csv'), '--json'], /"scanned"/],
    ];
    for (const [args, expected] of commands) {
      const result = spawnSync(bin, args, { encoding: 'utf8', env, timeout: 30_000 });
      assert.equal(result.status, 0, `simexit ${args.join(' ')}: ${result.error?.message ?? result.stderr}`);
      assert.match(result.stdout, expected, `simexit ${args.join(' ')}`);
    }
  });

  it('runs the guided session from the global install in a terminal (the prompt library loads from dist/)', async () => {
    const home = fs.mkdtempSync(path.join(work, 'home-'));
    const env = { PATH: process.env.PATH, HOME: home, SIMEXIT_HOME: home, LANG: 'en_US.UTF-8', TZ: 'UTC', TERM: 'xterm-256color' };
    const session = new PtySession(['guide'], env, 100, 40, path.join(prefix, 'bin', 'simexit'), ['guide']);
    try {
      await session.waitFor('Choose a language');
      session.send(KEY.ctrlC);
      assert.equal((await session.exit()).exitCode, 130);
    } finally {
      session.kill();
    }
  });

  it('runs through npx from the tarball, without the registry', () => {
    const home = fs.mkdtempSync(path.join(work, 'home-'));
    const out = npm(['exec', '--yes', '--package', tarball, '--', 'simexit', '--version'], work, { SIMEXIT_HOME: home });
    assert.equal(out.stdout.trim(), pkg.version);
  });
});
