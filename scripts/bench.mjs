// npm run bench: prints performance figures, each beside a baseline measured in the same run.
// Figures, not pass/fail tests: absolute times vary from machine to machine.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, createServer, runnerImport } from 'vite';
import { findChromium } from './chromium.mjs';

// Sizes: what the capture screen loads first (the entry script and CSS that index.html names),
// and every lazy chunk, gzip-compressed; beside a bare Preact + idb page built the same way.
async function gzipSizes(outDir) {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="[^"]*\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const assets = (await readdir(join(outDir, 'assets'))).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`);
  const size = async (file) => gzipSync(await readFile(join(outDir, file))).length;
  const sum = async (files) => (await Promise.all(files.map(size))).reduce((a, b) => a + b, 0);
  return {
    initial: await sum(initial.filter((f) => f.endsWith('.js'))),
    css: await sum(initial.filter((f) => f.endsWith('.css'))),
    lazy: await Promise.all(assets.filter((f) => !initial.includes(f)).map(async (f) => [f, await size(f)])),
  };
}
{
  const app = await gzipSizes(new URL('../dist', import.meta.url).pathname);
  const bare = await mkdtemp(join(tmpdir(), 'talknotes-bare-'));
  await writeFile(join(bare, 'index.html'), '<!doctype html><div id="app"></div><script type="module" src="/main.ts"></script>');
  await writeFile(
    join(bare, 'main.ts'),
    "import { render, h } from 'preact';\nimport { openDB } from 'idb';\nrender(h('p', null, 'bare'), document.getElementById('app')!);\nvoid openDB('bare', 1);\n",
  );
  await build({ root: bare, configFile: false, logLevel: 'error', build: { outDir: join(bare, 'dist'), target: 'es2022' }, resolve: { alias: { preact: new URL('../node_modules/preact', import.meta.url).pathname, idb: new URL('../node_modules/idb', import.meta.url).pathname } } });
  const baseline = await gzipSizes(join(bare, 'dist'));
  await rm(bare, { recursive: true, force: true });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('Sizes (gzip) of the production build in dist/.\n');
  console.log(`${'figure'.padEnd(42)} ${'size'.padStart(9)} ${'× baseline'.padStart(11)}`);
  console.log(`${'bare Preact + idb page (baseline)'.padEnd(42)} ${kb(baseline.initial).padStart(9)} ${'1.0'.padStart(11)}`);
  console.log(`${'capture screen, first load: JS'.padEnd(42)} ${kb(app.initial).padStart(9)} ${(app.initial / baseline.initial).toFixed(1).padStart(11)}   target ≤ 25 KB: ${app.initial <= 25 * 1024 ? 'PASS' : 'FAIL'}`);
  console.log(`${'capture screen, first load: CSS'.padEnd(42)} ${kb(app.css).padStart(9)}`);
  for (const [file, size] of app.lazy.sort((a, b) => b[1] - a[1])) console.log(`${`  lazy ${file.replace(/-[\w-]{8}\./, '.')}`.padEnd(42)} ${kb(size).padStart(9)}`);
  console.log('');
}

const { module: exporter } = await runnerImport('/src/export/index.ts');
const { defaultExportSettings } = (await runnerImport('/src/model/export-settings.ts')).module;

/** Median of `runs` timings of `work`, in milliseconds, after one warm-up. */
function median(runs, work) {
  work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// A large event: 3 days, 90 talks, about 300 KB of notes with the usual mix of Markdown.
function largeEvent() {
  const event = {
    id: 'e', name: 'Benchmark Summit', location: 'Hall', startDate: '2026-05-04', endDate: '2026-05-06',
    link: '', timeZone: 'Europe/Berlin', createdAt: 1, updatedAt: 1,
  };
  const talks = [];
  const notes = {};
  const line = (t, i) =>
    [`* point ${i} of talk ${t}: serverless, containers and {{ .Values.x }}`, `> a quote worth keeping, number ${i}`,
      `[a link](https://example.com/${t}/${i})`, '```yaml', `key: {{ value ${i} }}`, '```'][i % 6];
  for (let t = 0; t < 90; t++) {
    const day = Math.floor(t / 30);
    const id = `t${t}`;
    talks.push({
      id, eventId: 'e', title: `Talk ${t}: Ünïcode & "quotes" #${t}`, speakers: [{ name: `Speaker ${t}`, role: 'Engineer' }],
      date: `2026-05-0${4 + day}`, startTime: `${String(9 + Math.floor((t % 30) / 4)).padStart(2, '0')}:${t % 2 ? '30' : '00'}`,
      endTime: '', room: 'A', createdAt: 1, updatedAt: 1,
    });
    const lines = [];
    while (lines.join('\n').length < 3400) lines.push(line(t, lines.length));
    notes[id] = lines.join('\n');
  }
  return { event, talks, notes };
}

const source = largeEvent();
const notesKB = Object.values(source.notes).join('').length / 1024;
const settings = { ...defaultExportSettings(), tags: ['bench'] };
const context = { deviceTimeZone: 'UTC', now: Date.UTC(2027, 0, 1) };

const baseline = median(20, () => JSON.stringify(source));
const exportZip = median(20, () => exporter.zipFiles(exporter.exportEvent(source, settings, context).files));
const exportOnly = median(20, () => exporter.exportEvent(source, settings, context));

const rows = [
  ['JSON.stringify of the event (baseline)', baseline, 1],
  ['export to Markdown (3 day posts)', exportOnly, exportOnly / baseline],
  ['export to Markdown + zip', exportZip, exportZip / baseline],
];
console.log(`Large event: 3 days, ${source.talks.length} talks, ${notesKB.toFixed(0)} KB of notes. Median of 20 runs, Node ${process.version}.\n`);
console.log(`${'figure'.padEnd(42)} ${'ms'.padStart(8)} ${'× baseline'.padStart(11)}`);
for (const [name, ms, ratio] of rows) console.log(`${name.padEnd(42)} ${ms.toFixed(2).padStart(8)} ${ratio.toFixed(1).padStart(11)}`);

// Search over 2,000 talks with about 5 MB of notes.
{
  const search = (await runnerImport('/src/model/search.ts')).module;
  const events = [{ ...source.event, tags: [] }];
  const talks = [];
  const notes = {};
  const words = ['lambda', 'container', 'kubernetes', 'queue', 'stream', 'cache', 'latency', 'durable', 'edge', 'vector'];
  for (let t = 0; t < 2000; t++) {
    talks.push({ ...source.talks[t % 90], id: `s${t}`, title: `Session ${t} on ${words[t % 10]}`, tags: [] });
    const lines = [];
    for (let l = 0; lines.join('\n').length < 2600; l++) lines.push(`* note ${l} about ${words[(t + l) % 10]} and ${words[(t * 7 + l) % 10]}, München`);
    notes[`s${t}`] = lines.join('\n');
  }
  const mb = Object.values(notes).join('\n').length / 1e6;
  const all = Object.values(notes).join('\n').toLowerCase();
  const index = search.buildSearchIndex(events, talks, notes);
  const plain = median(20, () => all.indexOf('munchen durable'));
  const query = median(20, () => search.search(index, 'durable munchen'));
  const build = median(5, () => search.buildSearchIndex(events, talks, notes));
  console.log(`\nSearch: 2,000 talks, ${mb.toFixed(1)} MB of notes. Median of 20 runs.\n`);
  console.log(`${'figure'.padEnd(42)} ${'ms'.padStart(8)} ${'× baseline'.padStart(11)}`);
  console.log(`${'one indexOf over all notes (baseline)'.padEnd(42)} ${plain.toFixed(2).padStart(8)} ${'1.0'.padStart(11)}`);
  console.log(`${'search "durable munchen" (2 words)'.padEnd(42)} ${query.toFixed(2).padStart(8)} ${(query / plain).toFixed(1).padStart(11)}`);
  console.log(`${'build the index (once, when Search opens)'.padEnd(42)} ${build.toFixed(2).padStart(8)} ${(build / plain).toFixed(1).padStart(11)}`);
}

// One 12-megapixel photo through the real pipeline (worker, resize to 2048 px, JPEG), in Chromium.
const chrome = findChromium();
if (!chrome) {
  console.log('\nPhoto figures skipped: no Chromium found (set CHROME_PATH, or run npm test once to install it).');
} else {
  const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const page = await browser.newPage();
    const address = server.httpServer.address();
    await page.goto(`http://127.0.0.1:${address.port}/scripts/bench-photo.html`);
    const result = await page.waitForFunction(() => window.benchResult, undefined, { timeout: 120_000 }).then((h) => h.jsonValue());
    console.log(`\nOne 12 MP photo (4000×3000, ${(result.bytes / 1e6).toFixed(1)} MB JPEG) in headless Chromium. Median of 5 runs.\n`);
    console.log(`${'figure'.padEnd(42)} ${'ms'.padStart(8)} ${'× baseline'.padStart(11)}`);
    console.log(`${'decode only (baseline)'.padEnd(42)} ${result.decode.toFixed(1).padStart(8)} ${'1.0'.padStart(11)}`);
    console.log(`${'process: orient, resize to 2048, JPEG'.padEnd(42)} ${result.processed.toFixed(1).padStart(8)} ${(result.processed / result.decode).toFixed(1).padStart(11)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
