import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import pkg from '../../package.json' with { type: 'json' };
import { BIN, binEnv, ROOT, runBin, runWithSilentPipe } from '../helpers/bin.js';
import { storeFile, tempHome } from '../helpers/world.js';

describe('the built binary', () => {
  it('is bundled without conf\'s schema and migration packages (simexit validates its store itself)', () => {
    const files = fs.readdirSync(`${ROOT}/dist`, { recursive: true }).filter((name) => String(name).endsWith('.js'));
    const code = files.map((name) => fs.readFileSync(`${ROOT}/dist/${name}`, 'utf8')).join('\n');
    assert.doesNotMatch(code, /\$dynamicRef|strictTypes/, "ajv's code is not in the bundle");
    assert.match(code, /simexit bundles conf without ajv/, 'the stand-in that explains why is');
  });

  it('prints its version', () => {
    const result = runBin(tempHome(), ['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim(), pkg.version);
  });

  it('lists the default plan as JSON on stdout, the hint on stderr', () => {
    const result = runBin(tempHome(), ['list', '--json']);
    assert.equal(result.status, 0);
    const json = JSON.parse(result.stdout);
    assert.equal(json.progress.total, 10);
    assert.match(result.stderr, /simexit guide/);
  });

  it('marks a step done, notes it, undoes the note, and keeps the file private', () => {
    const home = tempHome();
    assert.equal(runBin(home, ['done', 'backup']).status, 0);
    assert.equal(runBin(home, ['note', 'backup', 'texts', 'saved', 'to', 'iCloud']).status, 0);
    assert.equal(runBin(home, ['undo', 'backup']).status, 0);
    const step = JSON.parse(runBin(home, ['list', '--json']).stdout).steps[4];
    assert.equal(step.status, 'done');
    assert.equal(step.note, undefined);
    assert.equal(fs.statSync(storeFile(home)).mode & 0o777, 0o600);
  });

  it('exits 2 on a usage error and 1 on a refused request, without a stack trace', () => {
    const home = tempHome();
    const usage = runBin(home, ['frobnicate']);
    assert.equal(usage.status, 2);
    const refused = runBin(home, ['done', 'nonsense']);
    assert.equal(refused.status, 1);
    fs.writeFileSync(storeFile(home), '{broken');
    const broken = runBin(home, ['list']);
    assert.equal(broken.status, 1);
    for (const result of [usage, refused, broken]) assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+/);
  });

  it('refuses the guided session at once with stdin from /dev/null', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [BIN, 'guide'], { env: binEnv(tempHome()), encoding: 'utf8', stdio: [fs.openSync('/dev/null', 'r'), 'pipe', 'pipe'] });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /interactive terminal/);
    assert.ok(Date.now() - started < 5000);
  });

  it('refuses the guided session at once when stdin is a pipe that never sends anything', async () => {
    const result = await runWithSilentPipe(tempHome(), ['guide']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /simexit list/);
    assert.ok(result.ms < 5000, `took ${result.ms} ms`);
  });

  it('does not crash when the reader of its output goes away (| head -1)', () => {
    const home = tempHome();
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" export --format json | head -c 1 >/dev/null`], {
      env: binEnv(home),
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /EPIPE|Error/);
  });

  it('prints advice that runs as printed: `npm start --` after the README command, and the --profile in use', () => {
    const home = tempHome();
    const npm = { npm_lifecycle_event: 'start', npm_package_name: 'simexit' };
    const list = runBin(home, ['list'], npm);
    assert.match(list.stdout, /Next:\s+npm start -- done identify/);
    assert.doesNotMatch(list.stdout + list.stderr, /\bsimexit (done|skip|guide|list)\b/);
    const set = runBin(home, ['set', 'autopay', 'yes', '--lang', 'zh'], npm);
    assert.match(set.stdout, /`npm start -- list`/);
    assert.equal(runBin(home, ['profile', 'add', 'mint']).status, 0);
    const other = runBin(home, ['--profile', 'default', 'list']);
    assert.match(other.stdout, /simexit --profile default done/);
    assert.doesNotMatch(other.stdout, /Next: simexit done/);
  });
});
