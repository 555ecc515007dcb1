// The third-party libraries only some runs need. Each src/lazy module is bundled on its own (dist/lazy/*.js) and
// loaded here when first used, so a start-up compiles only what that command runs: `list` never parses
// Inquirer, --version never parses chalk. All of them are imported through this one module, which sits in src/
// as the bundles that contain it sit in dist/, so './lazy/…' names the same file from the sources and from dist/.
export const loadInquirer = () => import('./lazy/inquirer.js');
export const loadConf = async () => (await import('./lazy/conf.js')).durableConf;
export const loadIcal = async () => (await import('./lazy/ical.js')).ical;
export const loadTab = async () => (await import('./lazy/tab.js')).tab;
export const loadChalk = async () => (await import('./lazy/chalk.js')).Chalk;
export const loadHelpLayout = async () => (await import('./lazy/help-layout.js')).helpLayout;
// `scan` alone: the command with its 2fa.directory data (dist/scan-app.js), and each library it reads a format with.
export const loadScan = () => import('./scan-app.js');
// `show` alone, and the guide's "Show sources and details" (dist/show-app.js).
export const loadShow = () => import('./show-app.js');
export const loadSaxes = async () => (await import('./lazy/saxes.js')).SaxesParser;
export const loadTldts = async () => (await import('./lazy/tldts.js')).getDomain;
export const loadYauzl = async () => (await import('./lazy/yauzl.js')).yauzl;
export const loadSqlJs = async () => (await import('./lazy/sqljs.js')).initSqlJs;
export const loadHtmlParser = async () => (await import('./lazy/htmlparser.js')).Parser;
export const loadCsv = async () => (await import('./lazy/csv.js')).parseCsv;
