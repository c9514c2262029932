// The app's figures in headless Chromium over the production build: offline cold start, save cost,
// data at risk, input latency while typing (a 50 KB and a 20 KB note), Enter continuing a list,
// search and export, with and without 4× CPU throttling; each typing run also in the bare page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { serveFolder } from '../static-server.mjs';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { defineAfterFrame } from './after-frame.mjs';
import { agendaFigures } from './agenda.mjs';
import { gzipSize, writeBareNotes } from './sizes.mjs';
import { seedDatabase } from './seed.mjs';

// Progress on stderr, so a slow step shows where it is.
const began = performance.now();
const step = (what) => process.stderr.write(`  [${((performance.now() - began) / 1000).toFixed(1)} s] ${what}\n`);

const ARGS = CHROMIUM_ARGS;
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// "Preview beside notes" is offered from tablet width up (a phone has the Notes and Preview tabs).
const TABLET = { width: 820, height: 1180 };

// In every page: notes "ready for input" is the moment a focused textarea holds the loaded notes
// and the frame showing it has been produced (a task after the next animation frame).
function watchForEditor() {
  const check = () => {
    const area = document.querySelector('textarea');
    if (globalThis.benchReady || !area || document.activeElement !== area || area.value.length < 1000) return;
    globalThis.benchReady = -1;
    globalThis.benchAfterFrame(() => (globalThis.benchReady = performance.now()));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('focusin', check, true);
}

// Records, while typing: each key's time to the next frame, each input's time, each save the app
// times (User Timing "talknotes:save") and every long task. Each Enter's time is kept apart too,
// with whether it continued a list (an input of type insertText after the key: the app's marker,
// typed a frame after the browser's own line break, or the bare page's "\n* " in one command) and
// the time from the key to the frame that shows the marker.
function watchTyping() {
  const w = (globalThis.benchTyping = { latency: [], inputs: [], saves: [], longTasks: [], enters: [] });
  const since = performance.now();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'talknotes:save') w.saves.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'measure' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
  // What ran in each long frame (Long Animation Frames), to say what a long task was.
  w.culprits = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.duration < 50 || e.startTime < since) continue;
      const scripts = e.scripts.map((x) => `${x.invoker || x.invokerType} ${Math.round(x.duration)} ms`);
      w.culprits.push(`${Math.round(e.duration)} ms frame: ${scripts.join(', ') || 'no script (style, layout, paint)'}`);
    }
  }).observe({ type: 'long-animation-frame' });
  let lastKey = null;
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      const enter = event.key === 'Enter' ? { latency: 0, continued: false, marker: 0 } : null;
      lastKey = { start, enter };
      if (enter) w.enters.push(enter);
      globalThis.benchAfterFrame(() => {
        const latency = performance.now() - start;
        w.latency.push(latency);
        if (enter) enter.latency = latency;
      });
    },
    true,
  );
  addEventListener(
    'input',
    (event) => {
      w.inputs.push(event.timeStamp);
      const enter = lastKey?.enter;
      if (!enter || enter.continued || event.inputType !== 'insertText') return;
      enter.continued = true;
      const { start } = lastKey;
      globalThis.benchAfterFrame(() => (enter.marker = performance.now() - start));
    },
    true,
  );
}

// A bare IndexedDB put of a copy of the talk's note record, committed, `runs` times with typing-like gaps.
async function barePuts({ talkId, runs }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('talknotes');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const note = await new Promise((resolve) => {
    const request = db.transaction('notes').objectStore('notes').get(talkId);
    request.onsuccess = () => resolve(request.result);
  });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const record = { ...note, talkId: 'bench-baseline', text: `${note.text}${i}`, updatedAt: Date.now() };
    const start = performance.now();
    const tx = db.transaction('notes', 'readwrite');
    tx.objectStore('notes').put(record);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  const tx = db.transaction('notes', 'readwrite');
  tx.objectStore('notes').delete('bench-baseline');
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
  return times;
}

// Set once the server is gone: every page opened after it is offline as well (navigator.onLine
// false), but for the bare page, which has no service worker and comes from a server of its own.
// Per page through CDP: context.setOffline() hangs in a persistent context here.
let offline = false;

async function throttledPage(context, rate, { online = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (offline && !online) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  }
  return { page, cdp };
}

/** One cold start: the service worker stopped, a new page opened at `url`; ms to notes ready. */
async function coldStart(context, url, rate) {
  const { page, cdp } = await throttledPage(context, rate);
  // As after a launch from the home screen: the worker has to start again too.
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.goto(url);
  await page.waitForFunction(() => globalThis.benchReady > 0, undefined, { timeout: 30_000 });
  const result = await page.evaluate(() => ({
    ready: globalThis.benchReady,
    controlled: Boolean(navigator.serviceWorker?.controller),
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js') && e.responseEnd <= globalThis.benchReady)
      .map((e) => new URL(e.name).pathname),
  }));
  await page.close();
  return result;
}

/** A new page at `rate`, `viewport` sized, opened at `url` once its notes are ready for input. */
async function openEditor(context, url, rate, { viewport = PHONE.viewport, online = false } = {}) {
  const { page } = await throttledPage(context, rate, { online });
  await page.setViewportSize(viewport);
  await page.goto(url);
  await page.waitForFunction(() => globalThis.benchReady > 0, undefined, { timeout: 30_000 });
  return page;
}

/** Taps "Preview beside notes" in `page` unless it is on already (the choice is remembered). */
async function previewBeside(page) {
  const toggle = page.getByRole('button', { name: 'Preview beside notes' });
  // Tapped, as on a tablet: a mouse click would leave a pointer over the page, and Chromium then
  // hit-tests the page under it after every key (about 5 ms a key at 4×), which no touch screen
  // does and the bare page, never clicked, is spared.
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.tap();
}

/**
 * The width in pixels of the app's text area beside the preview on the tablet (half the page): the
 * bare page's is made as wide for the tablet's baseline, since a narrower text area wraps the same
 * note into more lines, and each key costs the browser more.
 */
async function besideWidth(context, url) {
  const page = await openEditor(context, url, 1, { viewport: TABLET });
  await previewBeside(page);
  await page.getByRole('region', { name: 'Preview beside notes' }).waitFor();
  const width = await page.getByRole('textbox', { name: 'Notes' }).evaluate((area) => Math.round(area.getBoundingClientRect().width));
  await page.close();
  return width;
}

/**
 * Types `text` at the end of the notes at `url`, a key every `delay` ms, with "Preview beside
 * notes" on when `beside`; what the page recorded, and bare puts of the same record when `puts`.
 * `online`: the page is not taken offline (the bare page).
 */
async function typeInto(context, url, rate, text, delay, { puts = true, beside = false, viewport = PHONE.viewport, online = false } = {}) {
  const page = await openEditor(context, url, rate, { viewport, online });
  if (beside) {
    await previewBeside(page);
    // As after opening the preview a while ago: every piece of the note rendered (it fills in
    // slices), nothing new for half a second.
    await page.waitForFunction(
      () => {
        const n = document.querySelectorAll('[aria-label="Preview beside notes"] .markdown-piece').length;
        const seen = (globalThis.benchPieces ??= { n: -1, since: 0 });
        if (n !== seen.n) Object.assign(seen, { n, since: performance.now() });
        return n > 0 && performance.now() - seen.since > 500;
      },
      undefined,
      { polling: 100, timeout: 60_000 },
    );
    await page.getByRole('textbox', { name: 'Notes' }).focus();
  }
  await page.evaluate(watchTyping);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay });
  // The preview catches up once typing pauses: time until it shows the last quote typed (each
  // time it was typed).
  const quote = /"([^"]+)"\n$/.exec(text)?.[1] ?? '';
  const times = text.split(quote).length - 1;
  const previewShown = beside
    ? await page
        .waitForFunction(
          ([quote, n]) => {
            const region = document.querySelector('[aria-label="Preview beside notes"]');
            return region && region.textContent.split(quote).length - 1 >= n && performance.now();
          },
          [quote, times],
          { timeout: 30_000 },
        )
        .then((h) => h.jsonValue())
    : 0;
  await page.waitForTimeout(1000); // the last save, and anything after it
  const recorded = await page.evaluate(() => globalThis.benchTyping);
  const bare = puts ? await page.evaluate(barePuts, { talkId: new URL(url).pathname.split('/').pop(), runs: 40 }) : [];
  await page.close();
  // Each input is safe once the first save that started after it has committed.
  const atRisk = recorded.inputs.map((t) => {
    const save = recorded.saves.find(([start]) => start >= t);
    return save ? save[1] - t : Infinity;
  });
  const lastInput = Math.max(...recorded.inputs);
  return {
    ...recorded,
    saveCost: recorded.saves.map(([start, end]) => end - start),
    puts: bare,
    atRisk,
    previewLag: beside ? previewShown - lastInput : NaN,
    // Long tasks while keys came in, and those after the last key (the preview catching up).
    longTasks: recorded.longTasks.filter(([start]) => start <= lastInput + 20).map(([, duration]) => duration),
    longAfter: recorded.longTasks.filter(([start]) => start > lastInput + 20).map(([, duration]) => duration),
  };
}

// A 12-megapixel camera-like JPEG (gradients and noise, so it compresses like a photo), made in
// the page; and how long decoding it alone takes there (the baseline), median of 5.
async function cameraPhoto() {
  const canvas = new OffscreenCanvas(4000, 3000);
  const g = canvas.getContext('2d');
  const gradient = g.createLinearGradient(0, 0, 4000, 3000);
  gradient.addColorStop(0, '#234');
  gradient.addColorStop(1, '#dca');
  g.fillStyle = gradient;
  g.fillRect(0, 0, 4000, 3000);
  for (let i = 0; i < 4000; i++) {
    g.fillStyle = `hsl(${i % 360} 60% 50% / 0.4)`;
    g.fillRect((i * 997) % 4000, (i * 613) % 3000, 40, 12);
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  const decode = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    (await createImageBitmap(blob)).close();
    if (i) decode.push(performance.now() - start);
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(binary), decode: decode.sort((a, b) => a - b)[2] };
}

/** "Add from gallery" with one 12 MP photo, 5 times: ms until it shows in the talk's photo strip. */
async function photoFigures(context, talkUrl) {
  const page = await openEditor(context, talkUrl, 1);
  const { base64, decode } = await page.evaluate(cameraPhoto);
  const buffer = Buffer.from(base64, 'base64');
  const strip = page.getByRole('region', { name: 'Photos' }).getByRole('listitem');
  const times = [];
  for (let i = 0; i < 6; i++) {
    const before = await strip.count();
    const start = performance.now();
    await page.getByLabel('Add from gallery').setInputFiles({ name: `IMG_${i}.JPG`, mimeType: 'image/jpeg', buffer });
    await page.waitForFunction(
      (n) => {
        const images = document.querySelectorAll('[aria-label="Photos"] li img');
        return images.length > n && images[images.length - 1].complete && images[images.length - 1].naturalWidth > 0;
      },
      before,
      { timeout: 60_000, polling: 10 },
    );
    if (i) times.push(performance.now() - start);
  }
  await page.close();
  return { bytes: buffer.length, decode, added: times.sort((a, b) => a - b)[2] };
}

// What the benchmark types: bullets, a quote, Enter (which continues the list) — about 170 keys,
// ending in a quote of its own for each run (so the preview is seen to catch up with this run).
const typed = (run) => `\n* typing at the back of the hall: latency, p99 and cost\n> "measure before you cut, ${run}"\n`.repeat(2);

// For the Enter figures: a list item, then 20 times "p" and Enter. The app continues the list at
// each Enter ("\n* "), the bare text area only breaks the line: the same keys in both.
const ENTERS = 20;
const enters = (run) => `\n* enter, ${run}${'\np'.repeat(ENTERS)}`;

// Rounds of typing at each speed: a p95 of 200 keys is the tenth slowest, which one busy moment on
// a shared machine moves by half, so the targets are on the median round.
const ROUNDS = 3;

/** All browser figures; `dist` is the production build, `bareDist` the bare baseline page. */
export async function browserFigures({ chrome, dist, bareDist, runs = 12 }) {
  const profile = await mkdtemp(join(tmpdir(), 'talknotes-bench-'));
  const server = await serveFolder(dist);
  const bare = await serveFolder(bareDist);
  const context = await chromium.launchPersistentContext(profile, { executablePath: chrome, args: ARGS, ...PHONE });
  try {
    await context.addInitScript(defineAfterFrame);
    await context.addInitScript(watchForEditor);
    // First visit online: the service worker installs and precaches the app; then the database is filled.
    step('first visit, service worker install');
    const first = await context.newPage();
    await first.goto(server.url);
    await first.getByRole('link', { name: 'New event' }).waitFor();
    await first.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    step('writing the database');
    const seedStart = performance.now();
    const seeded = await first.evaluate(seedDatabase, { events: 10, talksPerEvent: 200, photos: 500, bigNoteKB: 50, mediumNoteKB: 20 });
    seeded.seedMs = performance.now() - seedStart;
    await first.close();
    await writeBareNotes(bareDist, { 50: seeded.bigNote, 20: seeded.mediumNote });

    // The bare page's cold start, online from the local server (it has no service worker).
    const bareFirst = await context.newPage();
    await bareFirst.goto(bare.url);
    await bareFirst.close();
    step('cold starts of the bare page');
    const bareStarts = { 1: [], 4: [] };
    for (const rate of [1, 4]) for (let i = 0; i < runs; i++) bareStarts[rate].push((await coldStart(context, bare.url, rate)).ready);

    const bare20 = `${bare.url}?kb=20`;
    const bareEnters = { 20: {}, 50: {} };
    const bareContinued = { 20: {}, 50: {} };
    for (const kb of [20, 50]) {
      const url = kb === 50 ? bare.url : bare20;
      for (const rate of [1, 4]) {
        bareEnters[kb][rate] = await typeInto(context, url, rate, enters(`bare ${kb} ${rate}x`), 80, { puts: false });
        const continuing = `${url}${url.includes('?') ? '&' : '?'}continue`;
        bareContinued[kb][rate] = await typeInto(context, continuing, rate, enters(`bare continued ${kb} ${rate}x`), 80, { puts: false });
      }
    }

    // Wi-Fi down: no server, and the browser offline.
    await server.close();
    offline = true;
    const talkUrl = `${server.url}talks/${seeded.bigTalkId}`;
    step('offline cold starts');
    const starts = { 1: [], 4: [] };
    let controlled = true;
    let scripts = new Set();
    for (const rate of [1, 4]) {
      for (let i = 0; i < runs; i++) {
        const start = await coldStart(context, talkUrl, rate);
        controlled &&= start.controlled;
        scripts = new Set([...scripts, ...start.scripts]);
        starts[rate].push(start.ready);
      }
    }
    let startJs = 0;
    for (const path of scripts) startJs += await gzipSize(join(dist, path.replace(/^\//, '')));

    // The app and the bare page type in turn, round after round, so both meet the machine as it is
    // at the time (a ratio of two runs minutes apart measures the machine as much as the app).
    step('typing, the app and the bare page in turn');
    const typing = { phone: {}, tablet: {} };
    const bareTyping = { phone: {}, tablet: {} };
    const tabletWidth = await besideWidth(context, talkUrl);
    for (const rate of [1, 4]) {
      for (const device of ['phone', 'tablet']) {
        const viewport = device === 'tablet' ? TABLET : PHONE.viewport;
        const bareUrl = device === 'tablet' ? `${bare.url}?width=${tabletWidth}` : bare.url;
        const app = [];
        const bareRuns = [];
        for (let round = 1; round <= ROUNDS; round++) {
          const run = `${device} ${rate}x round ${round}`;
          bareRuns.push(await typeInto(context, bareUrl, rate, typed(`bare ${run}`), 80, { puts: false, viewport, online: true }));
          app.push(await typeInto(context, talkUrl, rate, typed(run), 80, { beside: device === 'tablet', viewport }));
        }
        // The first round in full; of each round, its keys (and at 1×, its saves and bare puts).
        typing[device][rate] = {
          ...app[0],
          rounds: app.map((r) => (rate === 1 ? { saveCost: r.saveCost, puts: r.puts, latency: r.latency } : { latency: r.latency })),
        };
        bareTyping[device][rate] = { ...bareRuns[0], rounds: bareRuns.map((r) => ({ latency: r.latency })) };
      }
    }
    step('typing into the 20 KB note, and Enter in a list');
    const mediumUrl = `${server.url}talks/${seeded.mediumTalkId}`;
    const bareTyping20 = {
      phone: await typeInto(context, bare20, 4, typed('bare 20 KB'), 80, { puts: false, online: true }),
      tablet: await typeInto(context, `${bare20}&width=${tabletWidth}`, 4, typed('bare tablet 20 KB'), 80, { puts: false, viewport: TABLET, online: true }),
    };
    const typing20 = {
      phone: await typeInto(context, mediumUrl, 4, typed('20 KB'), 80),
      tablet: await typeInto(context, mediumUrl, 4, typed('tablet 20 KB'), 80, { beside: true, viewport: TABLET }),
    };
    const appEnters = { 20: {}, 50: {} };
    for (const kb of [20, 50]) {
      for (const rate of [1, 4])
        appEnters[kb][rate] = await typeInto(context, kb === 50 ? talkUrl : mediumUrl, rate, enters(`${kb} ${rate}x`), 80, { puts: false });
    }

    // Search over all 2,000 talks: open the screen (the index is built), then timed queries.
    step('search');
    const { page: search } = await throttledPage(context, 1);
    await search.goto(`${server.url}search`);
    const box = search.getByRole('searchbox', { name: 'Search notes' });
    await box.waitFor();
    const indexReady = await search.evaluate(() => performance.now());
    const queries = ['durable munchen', 'kubernetes latency', 'vector cache', 'speaker 1999', 'diagram stream', 'session 42'];
    const queryTimes = [];
    let found = '';
    for (const query of queries) {
      queryTimes.push(
        await search.evaluate(
          (q) =>
            new Promise((resolve) => {
              const input = document.querySelector('input[type=search]');
              const start = performance.now();
              input.value = q;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              globalThis.benchAfterFrame(() => resolve(performance.now() - start));
            }),
          query,
        ),
      );
      found ||= await search.getByRole('status').last().innerText();
    }
    await search.close();

    // Export the first event (200 talks, 50 photos) to a zip, from opening the screen to the download.
    step('export');
    const { page: exporter } = await throttledPage(context, 1);
    await exporter.goto(`${server.url}events/${seeded.eventId}/export`);
    const button = exporter.getByRole('button', { name: 'Download .zip' });
    await button.waitFor();
    await exporter.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('Download .zip') && !b.disabled));
    const exportReady = await exporter.evaluate(() => performance.now());
    const clicked = performance.now();
    const [download] = await Promise.all([exporter.waitForEvent('download'), button.click()]);
    const zipMs = performance.now() - clicked;
    const zipPath = join(profile, 'export.zip');
    await download.saveAs(zipPath);
    const zipBytes = (await import('node:fs')).statSync(zipPath).size;
    await exporter.close();

    step('photos');
    const photo = await photoFigures(context, talkUrl);

    step('agenda import');
    const agenda = await agendaFigures((rate) => throttledPage(context, rate), server.url);

    return {
      agenda,
      photo,
      seeded,
      bareStarts,
      bareTyping,
      bareTyping20,
      bareEnters,
      bareContinued,
      typing20,
      appEnters,
      starts,
      controlled,
      startJs,
      scripts: [...scripts],
      typing,
      indexReady,
      queryTimes,
      found,
      exportReady,
      zipMs,
      zipBytes,
    };
  } finally {
    await context.close();
    await bare.close();
    await server.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
}
