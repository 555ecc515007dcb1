import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runBin } from '../helpers/bin.js';
import { answers, seed, tempHome } from '../helpers/world.js';

describe('shell completion', () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    it(`prints a ${shell} script that asks simexit for candidates`, () => {
      const result = runBin(tempHome(), ['completion', shell]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /simexit complete --|simexit complete/);
      assert.ok(result.stdout.length > 500);
    });
  }

  it('completes commands and their options', () => {
    const home = tempHome();
    assert.match(runBin(home, ['complete', '--', 'do']).stdout, /^done\t/m);
    assert.match(runBin(home, ['complete', '--', 'list', '--']).stdout, /^--json\t/m);
  });

  it('completes the step ids of the active plan, services included', () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ services: ['chase'] }) }]);
    const ids = runBin(home, ['complete', '--', 'done', '']).stdout.split('\n').map((line) => line.split('\t')[0]);
    assert.ok(ids.includes('identify') && ids.includes('move-2fa:chase') && ids.includes('afterwards'), ids.join(' '));
    assert.match(runBin(home, ['complete', '--', 'skip', '']).stdout, /^backup\tBack up what lives only on this line$/m);
    assert.match(runBin(home, ['complete', '--', 'skip', 'balance', '']).stdout, /^backup\tBack up what lives only on this line$/m, 'skip takes several steps, as done does');
    assert.match(runBin(home, ['complete', '--', 'show', '']).stdout, /^backup\tBack up what lives only on this line$/m);
    assert.match(runBin(home, ['complete', '--', 'sh']).stdout, /^show\t/m);
  });

  it("speaks cobra's protocol: candidates, then :4 (no file names), or :0 where a file name is wanted", () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ services: ['chase'] }) }]);
    assert.equal(runBin(home, ['complete', '--', 'export', '--format=j']).stdout, '--format=json\t\n:4\n');
    assert.equal(runBin(home, ['complete', '--', 'export', '--output', '']).stdout, ':0\n');
    assert.equal(runBin(home, ['complete', '--', 'scan', '']).stdout, ':0\n');
    assert.equal(runBin(home, ['complete', '--', 'done', '--profile', 'nobody', 'move-2fa:']).stdout, ':4\n', 'a profile with no plan has no service steps');
    assert.match(runBin(home, ['complete', '--', 'done', 'move-2fa:']).stdout, /^move-2fa:chase\tMove Chase off this number\n:4\n$/);
    assert.match(runBin(home, ['complete', '--', 'done', 'move-2fa:'], { LANG: 'zh_CN.UTF-8' }).stdout, /^move-2fa:chase\t.*Chase.*\n:4\n$/);
    assert.match(runBin(home, ['complete', '--', 'set', 'carrier', 'tel']).stdout, /^tello\tTello\n:4\n$/);
    assert.match(runBin(home, ['completion', 'powershell']).stdout, /Register-ArgumentCompleter -CommandName 'simexit'/);
  });

  it('refuses an unknown shell as a usage error, and lists completion (not complete) in --help', () => {
    const home = tempHome();
    const result = runBin(home, ['completion', 'tcsh']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown shell 'tcsh'/);
    const help = runBin(home, ['--help']).stdout;
    assert.match(help, /^ {2}completion <shell>/m);
    assert.doesNotMatch(help, /^ {2}complete /m);
  });
});
