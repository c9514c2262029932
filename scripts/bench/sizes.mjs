// Sizes for npm run bench: the capture screen's first-load JS and CSS (gzip), every lazy chunk, and
// a bare Preact + idb page built with the same Vite config as the baseline.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

// What must never be in the first load: these load only when their screen opens.
const HEAVY = [
  ['marked', /node_modules\/marked\//],
  ['DOMPurify', /node_modules\/dompurify\//],
  ['yaml', /node_modules\/yaml\//],
  ['fflate', /node_modules\/fflate\//],
  ['agenda parsers (ical.js, src/import)', /node_modules\/ical\.js\/|\/src\/import\//],
  ['export code (src/export)', /\/src\/export\//],
];

/** The gzip size of a file in bytes. */
export const gzipSize = async (file) => gzipSync(await readFile(file)).length;

async function measure(outDir) {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  // The entry script, its modulepreloads and the stylesheet: everything index.html names.
  const initial = [...html.matchAll(/(?:src|href)="[^"]*\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const assets = (await readdir(join(outDir, 'assets'))).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`);
  const sum = async (files) => (await Promise.all(files.map((f) => gzipSize(join(outDir, f))))).reduce((a, b) => a + b, 0);
  return {
    initialFiles: initial,
    js: await sum(initial.filter((f) => f.endsWith('.js'))),
    css: await sum(initial.filter((f) => f.endsWith('.css'))),
    lazy: await Promise.all(assets.filter((f) => !initial.includes(f)).map(async (f) => [f, await gzipSize(join(outDir, f))])),
  };
}

/** Which heavy libraries the given built files hold, read from their source maps. */
export async function heavyIn(outDir, files) {
  const found = new Set();
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const map = JSON.parse(await readFile(join(outDir, `${file}.map`), 'utf8').catch(() => '{"sources":[]}'));
    for (const [name, pattern] of HEAVY) if (map.sources.some((source) => pattern.test(source))) found.add(name);
  }
  return [...found];
}

/** The names of the heavy libraries checked. */
export const heavyNames = HEAVY.map(([name]) => name);

// Publishing loads on the Export screen (or when the outbox has jobs waiting), never at start: only
// the outbox's wake-up (one IndexedDB count) is in the first load. Found by source and by strings
// only the publish code holds, so a bundling change that hides the source map still shows.
const PUBLISH_SOURCES = /\/src\/publish\/|\/src\/outbox\/(?!wake\.ts$)/;
/** Strings only the publish code holds: GitHub's commit mutation and the commit trailer. */
export const publishMarkers = ['createCommitOnBranch', 'Talknotes-Publish-Id'];

/** Publish code in the given built files: its source files (from the source maps) and the markers found. */
export async function publishCodeIn(outDir, files) {
  const found = new Set();
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const code = await readFile(join(outDir, file), 'utf8');
    for (const marker of publishMarkers) if (code.includes(marker)) found.add(`"${marker}"`);
    const map = JSON.parse(await readFile(join(outDir, `${file}.map`), 'utf8').catch(() => '{"sources":[]}'));
    for (const source of map.sources) if (PUBLISH_SOURCES.test(source)) found.add(source.replace(/^(\.\.\/)+/, ''));
  }
  return [...found];
}

/**
 * Builds the bare baseline page into a temporary folder: Preact renders a text area the size of the
 * app's, holding the app's 50 KB note (20 KB with ?kb=20) read from IndexedDB (stored on the first
 * visit from the files writeBareNotes leaves beside it), focused, as the capture screen does; with
 * ?continue, Enter continues a list there the way the app does; ?width=N makes it N pixels wide.
 */
export async function buildBarePage(root) {
  const dir = await mkdtemp(join(tmpdir(), 'talknotes-bare-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="app"></div><script type="module" src="/main.ts"></script>');
  await writeFile(
    join(dir, 'main.ts'),
    `import { render, h } from 'preact';
import { openDB } from 'idb';
const db = await openDB('bare', 1, { upgrade: (d) => d.createObjectStore('notes') });
// ?kb=20 holds a 20 KB note instead, as the app's 20 KB note; each size is stored apart.
const params = new URLSearchParams(location.search);
const kb = Number(params.get('kb') ?? 50);
let text: string | undefined = await db.get('notes', 'n' + kb);
if (text === undefined) {
  // The app's own note of that size (writeBareNotes), so a keystroke lays out the same lines.
  const response = await fetch('note-' + kb + '.txt');
  if (!response.ok) throw new Error('The bare page has no note-' + kb + '.txt: call writeBareNotes first.');
  text = await response.text();
  await db.put('notes', text, 'n' + kb);
}
// Sized and set like the app's notes, so a keystroke costs the browser the same to show; ?width=392
// makes it that many pixels wide, as the app's beside the preview on a tablet.
const width = params.get('width');
const style = 'box-sizing: border-box; width: ' + (width ? width + 'px' : '100%') + '; height: 60vh; font: 1.05rem/1.55 system-ui, sans-serif; padding: 0.75rem';
// ?continue: Enter at the end of a list item continues the list as the app does, through the
// browser's editing command (the one way Ctrl+Z can undo): the floor for the app's own Enter.
const continueLists = params.has('continue');
function onKeyDown(event: KeyboardEvent) {
  const area = event.currentTarget as HTMLTextAreaElement;
  const at = area.selectionStart;
  const marker = /^\\s*(?:[-*+] |> )/.exec(area.value.slice(area.value.lastIndexOf('\\n', at - 1) + 1, at))?.[0];
  if (event.key !== 'Enter' || !marker) return;
  event.preventDefault();
  area.setSelectionRange(at, at);
  document.execCommand('insertText', false, '\\n' + marker);
}
render(
  h('textarea', { 'aria-label': 'Notes', style, defaultValue: text, onKeyDown: continueLists ? onKeyDown : undefined, ref: (el: HTMLTextAreaElement | null) => el?.focus() }),
  document.getElementById('app')!,
);
`,
  );
  const alias = { preact: join(root, 'node_modules/preact'), idb: join(root, 'node_modules/idb') };
  await build({ root: dir, configFile: false, logLevel: 'error', build: { outDir: join(dir, 'dist'), target: 'es2022' }, resolve: { alias } });
  return { dir, dist: join(dir, 'dist') };
}

/**
 * Gives the bare page the app's own notes: the same text, not just the same size (a note with
 * quotes, links and longer lines wraps into more lines, and costs the browser more per keystroke).
 */
export async function writeBareNotes(bareDist, notes) {
  for (const [kb, text] of Object.entries(notes)) await writeFile(join(bareDist, `note-${kb}.txt`), text);
}

/** Sizes of the app in `dist` and of the bare page in `bareDist`. */
export async function sizes(dist, bareDist) {
  const app = await measure(dist);
  const bare = await measure(bareDist);
  return { app, bare, heavy: await heavyIn(dist, app.initialFiles), publish: await publishCodeIn(dist, app.initialFiles) };
}
