// The licence notices of every third-party package the bundles contain, collected at build time from each
// package's own package.json and licence file: the bundles are built without licence comments
// (legalComments: 'none'), and MIT, ISC and the like require the notice to travel with the code.
import fs from 'node:fs';
import path from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** The package directory an input path of the metafile belongs to, or undefined for simexit's own sources. */
function packageDir(root, input) {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const rest = input.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return path.join(root, input.slice(0, at), 'node_modules', name);
}

/** The author as package.json gives it: a string or { name, email }. */
const person = (author) => (typeof author === 'string' ? author : author ? [author.name, author.email && `<${author.email}>`].filter(Boolean).join(' ') : undefined);

/**
 * Every bundled package, with its licence text. A package that ships no licence file (saxes 6 publishes only its
 * README and code) gets its licence name, author and repository from its package.json instead, said as such; one
 * that says neither fails the build rather than ship without a notice.
 */
export function bundledPackages(root, metafile) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) for (const input of Object.keys(output.inputs)) {
    const dir = packageDir(root, input);
    if (dir) dirs.add(dir);
  }
  return [...dirs].map((dir) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = fs.readdirSync(dir).find((name) => LICENCE_FILE.test(name));
    if (!file && !(pkg.license && person(pkg.author))) throw new Error(`${pkg.name} has no licence file nor licence and author in ${dir}: its notice can't be shipped`);
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const text = file
      ? fs.readFileSync(path.join(dir, file), 'utf8').trim()
      : `The package ships no licence file. Its package.json says: licence ${pkg.license}, author ${person(pkg.author)}${repository ? `, repository ${repository}` : ''}.`;
    return { name: pkg.name, version: pkg.version, license: pkg.license, text };
  }).sort((a, b) => a.name.localeCompare(b.name));
}

export function writeNotices(root, metafile, target) {
  const packages = bundledPackages(root, metafile);
  const parts = [
    '# Third-party notices',
    '',
    `simexit's bundles in dist/ contain code from these ${packages.length} packages. Their licences follow.`,
    '',
    ...packages.map((pkg) => `- ${pkg.name} ${pkg.version} (${pkg.license})`),
  ];
  for (const pkg of packages) parts.push('', `## ${pkg.name} ${pkg.version}`, '', '```text', pkg.text, '```');
  fs.writeFileSync(target, `${parts.join('\n')}\n`);
}
