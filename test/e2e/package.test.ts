import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT } from '../helpers/bin.js';
import { tempRoot } from '../helpers/world.js';

// The package as users get it: `npm pack`, installed globally into a clean prefix, and run through npx.
// It packs the build `npm test` made (--ignore-scripts): rebuilding dist/ here would pull it from under the
// other test files, which run in parallel.
describe('the npm package', () => {
  const work = fs.mkdtempSync(path.join(tempRoot(), 'pack-'));
  const npm = (args: string[], cwd = work, env: NodeJS.ProcessEnv = {}) =>
    execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false', ...env } });

  it('packs only what it needs', () => {
    const [report] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work, ROOT], ROOT));
    const files: string[] = report.files.map((file: { path: string }) => file.path);
    assert.ok(files.includes('bin/simexit.cjs') && files.includes('dist/main.js') && files.includes('README.md') && files.includes('package.json'));
    const stray = files.filter((file) => !/^(bin\/|dist\/|README\.md$|package\.json$|LICENSE)/.test(file));
    assert.deepEqual(stray, [], 'no sources, tests or config in the package');
    assert.ok(fs.existsSync(path.join(work, report.filename)));
  });

  it('installs globally into a clean prefix and runs --version and list', () => {
    const tarball = path.join(work, `${pkg.name}-${pkg.version}.tgz`);
    const prefix = path.join(work, 'prefix');
    npm(['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball]);
    const bin = path.join(prefix, 'bin', 'simexit');
    const home = fs.mkdtempSync(path.join(work, 'home-'));
    const env = { ...process.env, SIMEXIT_HOME: home, NO_COLOR: '1', LANG: 'en_US.UTF-8' };
    assert.equal(execFileSync(bin, ['--version'], { encoding: 'utf8', env }).trim(), pkg.version);
    const list = spawnSync(bin, ['list'], { encoding: 'utf8', env });
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /Remaining steps/);
  });

  it('runs through npx from the tarball', () => {
    const tarball = path.join(work, `${pkg.name}-${pkg.version}.tgz`);
    const home = fs.mkdtempSync(path.join(work, 'home-'));
    const out = npm(['exec', '--yes', '--package', tarball, '--', 'simexit', '--version'], work, { SIMEXIT_HOME: home, npm_config_cache: path.join(work, 'cache') });
    assert.equal(out.trim(), pkg.version);
  });
});
