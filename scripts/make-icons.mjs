// Renders public/favicon.svg into the PNG icons the manifest and iOS need, with Debian's Chromium.
// Run by hand after changing the icon: node scripts/make-icons.mjs (the PNGs are committed).
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();

// Maskable icons are cropped to a circle or squircle by the OS: fill the square, keep art in the middle 80 %.
const maskable = svg.replace('rx="112"', 'rx="0"').replace('translate(256 256)', 'translate(256 256) scale(0.78)');

const icons = [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, maskable],
  ['apple-touch-icon.png', 180, maskable],
];
for (const [name, size, source] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`);
  await writeFile(new URL(`../public/${name}`, import.meta.url), await page.screenshot({ omitBackground: true }));
  console.log(`public/${name} (${size}×${size})`);
}
await browser.close();
