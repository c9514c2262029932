// Makes sure the tests have the programs they drive: Chromium (browser tests), WebKitGTK's driver
// with Xvfb and Firefox ESR (the flows in the two other engines), Jekyll and Hugo (exported posts
// are built with the real thing); `node scripts/ensure-tools.mjs chromium` checks
// only the ones named (npm run bench and npm run lighthouse need Chromium alone). Missing ones are
// installed from Debian's packages with apt-get when running as root on Debian/Ubuntu; otherwise
// this says exactly what to install. Node built-ins only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from './chromium.mjs';

const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));

const ALL_TOOLS = [
  { name: 'Chromium', apt: 'chromium', found: () => findChromium() !== null, other: 'or set CHROME_PATH=/path/to/chrome' },
  { name: 'Jekyll', apt: 'jekyll', found: () => onPath('jekyll'), other: 'or gem install jekyll' },
  { name: 'Hugo', apt: 'hugo', found: () => onPath('hugo'), other: 'or see gohugo.io/installation' },
  // The other two browser engines of the flows test (test/e2e/engines.test.ts): WebKit, whose
  // MiniBrowser needs a display (Xvfb), and Firefox ESR.
  {
    name: 'WebKitWebDriver (WebKitGTK)',
    apt: 'webkit2gtk-driver',
    found: () => onPath('WebKitWebDriver'),
    other: 'the WebKitGTK WebDriver of your distribution',
  },
  { name: 'Xvfb', apt: 'xvfb', found: () => onPath('Xvfb'), other: 'an X virtual frame buffer' },
  { name: 'Firefox ESR', apt: 'firefox-esr', found: () => existsSync('/usr/bin/firefox-esr'), other: 'at /usr/bin/firefox-esr' },
];
const asked = process.argv.slice(2);
const TOOLS = asked.length ? ALL_TOOLS.filter((tool) => asked.includes(tool.apt)) : ALL_TOOLS;

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}

let missing = TOOLS.filter((tool) => !tool.found());
if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const packages = missing.map((tool) => tool.apt);
  console.log(`Installing Debian packages: ${packages.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed: see above.`);
      process.exit(1);
    }
  }
  missing = TOOLS.filter((tool) => !tool.found());
}
if (missing.length) {
  console.error('Programs needed here were not found:');
  for (const tool of missing) console.error(`  ${tool.name}: sudo apt-get install ${tool.apt}  (${tool.other})`);
  process.exit(1);
}
