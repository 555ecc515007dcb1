// The third-party libraries only some runs need. Each src/lazy module is bundled on its own (dist/lazy/*.js) and
// loaded here when first used, so a start-up compiles only what that command runs: `list` never parses
// Inquirer, --version never parses chalk. All of them are imported through this one module, which sits next
// to main.ts and app.ts, so './lazy/…' names the same file from the sources and from the bundles in dist/.
export const loadInquirer = () => import('./lazy/inquirer.js');
export const loadConf = async () => (await import('./lazy/conf.js')).durableConf;
export const loadIcal = async () => (await import('./lazy/ical.js')).ical;
export const loadTab = async () => (await import('./lazy/tab.js')).tab;
export const loadChalk = async () => (await import('./lazy/chalk.js')).Chalk;
