// Takes the README's (and the manifest's) screenshot of the capture screen at phone size, with
// Debian's Chromium against the production build: npm run build && node scripts/screenshot.mjs
import { chromium } from 'playwright-core';
import { serveFolder } from './static-server.mjs';

const out = new URL('../public/screenshots/', import.meta.url);
const server = await serveFolder(new URL('../dist', import.meta.url).pathname);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

for (const scheme of /** @type {const} */ (['light', 'dark'])) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: scheme, isMobile: true });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('link', { name: 'New event' }).click();
  await page.getByLabel('Name').fill('AWS Summit SFO');
  await page.getByLabel('Location').fill('Moscone Center, San Francisco');
  await page.getByLabel('Start date').fill('2017-04-18');
  await page.getByLabel('End date').fill('2017-04-19');
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.getByRole('link', { name: 'Add talk', exact: true }).click();
  await page.getByLabel('Title').fill('Building Serverless Web Applications');
  await page.getByLabel('Speaker name').fill('Leo Zhadanovsky');
  await page.getByLabel('Speaker role or handle').fill('@leozh');
  await page.getByLabel('Start time').fill('11:00');
  await page.getByLabel('End time').fill('11:45');
  await page.getByLabel('Room or track').fill('Room 2014');
  await page.getByRole('button', { name: 'Add talk', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Notes' })
    .fill(
      [
        'Basic Lambda concepts',
        '',
        '* no servers to provision or manage',
        '* scales with usage',
        '* never pay for idle',
        '',
        '> Pay only when the function runs.',
        '',
        '#### Amazon API Gateway - get the slide later',
        '* authenticate and authorize',
        '* [serverless-image-resizing](https://github.com/awslabs/serverless-image-resizing)',
      ].join('\n'),
    );
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  await page.getByRole('textbox', { name: 'Notes' }).blur();
  const file = new URL(`capture-360${scheme === 'dark' ? '-dark' : ''}.png`, out);
  await page.screenshot({ path: file.pathname });
  console.log(file.pathname);
  await context.close();
}
await browser.close();
await server.close();
