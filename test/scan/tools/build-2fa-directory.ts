// Builds src/scan/data/2fa-directory.json, simexit's own copy of 2fa.directory (2factorauth/twofactorauth, MIT),
// from a checkout of that repository or the snapshot archive of its entries/ folder. A maintainer re-runs it to
// move to a newer snapshot; simexit never reads the checkout at run or test time.
//
//   node --import tsx test/scan/tools/build-2fa-directory.ts [checkout folder | .tar.gz] [--commit <sha>]
//
// Default input: ../shared/data/twofactorauth-f3ac2ab.tar.gz (commit f3ac2ab71c6f…, 2026-08-04), the snapshot
// the README credits. `git clone https://github.com/2factorauth/twofactorauth && git -C twofactorauth checkout
// <sha>` gives the same input. Only what scan uses is kept: name, domain, other domains, two-factor methods,
// documentation link, regions. Contacts, notes and images are left out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const outDir = path.join(repoRoot, 'src/scan/data');
const DEFAULT_COMMIT = 'f3ac2ab71c6fe4857a4ad1ef039d2a4eaf1a342c';
const DEFAULT_DATE = '2026-08-04';

const args = process.argv.slice(2);
const commitFlag = args.indexOf('--commit');
let commit = commitFlag >= 0 ? args.splice(commitFlag, 2)[1]! : '';
const input = path.resolve(args[0] ?? path.join(repoRoot, '../shared/data/twofactorauth-f3ac2ab.tar.gz'));

/** The folder holding entries/ and LICENSE.md: the checkout itself, or the archive unpacked in a temp folder. */
function checkoutOf(source: string): string {
  if (fs.statSync(source).isDirectory()) return source;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'twofactorauth-'));
  execFileSync('tar', ['-xzf', source, '-C', temp]);
  const found = [temp, ...fs.readdirSync(temp).map((name) => path.join(temp, name))].find((dir) => fs.existsSync(path.join(dir, 'entries')));
  if (!found) throw new Error(`${source}: no entries/ folder inside`);
  return found;
}

const checkout = checkoutOf(input);
if (!commit) {
  try {
    commit = execFileSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    commit = DEFAULT_COMMIT; // the snapshot archive, which has no .git
  }
}

interface Entry {
  domain: string;
  'additional-domains'?: string[];
  tfa?: string[];
  documentation?: string;
  regions?: string[];
}

/** [name, domain, other domains, methods, documentation or '', regions] — arrays keep the file small. */
type Row = [string, string, string[], string[], string, string[]];
const rows: Row[] = [];
const entriesDir = path.join(checkout, 'entries');
for (const letter of fs.readdirSync(entriesDir).sort()) {
  for (const file of fs.readdirSync(path.join(entriesDir, letter)).sort()) {
    if (!file.endsWith('.json')) continue;
    const parsed = JSON.parse(fs.readFileSync(path.join(entriesDir, letter, file), 'utf8')) as Record<string, Entry>;
    for (const [name, entry] of Object.entries(parsed)) {
      const documentation = entry.documentation?.startsWith('https://') ? entry.documentation : '';
      rows.push([name, entry.domain.toLowerCase(), (entry['additional-domains'] ?? []).map((domain) => domain.toLowerCase()), entry.tfa ?? [], documentation, entry.regions ?? []]);
    }
  }
}
rows.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));

fs.mkdirSync(outDir, { recursive: true });
const source = { repository: 'https://github.com/2factorauth/twofactorauth', commit, date: commit === DEFAULT_COMMIT ? DEFAULT_DATE : '', licence: 'MIT' };
// One entry a line, so a new snapshot shows in a diff as the entries that changed.
fs.writeFileSync(path.join(outDir, '2fa-directory.json'), `{"source":${JSON.stringify(source)},"entries":[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`);
fs.copyFileSync(path.join(checkout, 'LICENSE.md'), path.join(outDir, '2fa-directory.LICENSE.md'));
console.log(`${rows.length} entries from ${commit} → ${path.relative(repoRoot, outDir)}/2fa-directory.json`);
