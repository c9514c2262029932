// Makes sure the browser tests have a Chromium: finds one, or installs Debian's package with
// apt-get when running as root on Debian/Ubuntu, or says exactly what to install. Node built-ins only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  process.exit(1);
}
if (!findChromium()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) {
        console.error(`apt-get ${args.join(' ')} failed: see above. Install Chromium yourself, or set CHROME_PATH.`);
        process.exit(1);
      }
    }
  }
  if (!findChromium()) {
    console.error(
      [
        'The browser tests need Chromium (or Chrome), and none was found.',
        '  Debian/Ubuntu: sudo apt-get install chromium   (Ubuntu may call it chromium-browser)',
        '  Elsewhere:     set CHROME_PATH=/path/to/chrome and run npm test again.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
