// A focused probe of Enter continuing a list (issue 14, item 7), quicker than the whole bench:
// the built app (dist/) with a 50 KB and a 20 KB note, the bare text area, and the bare text area
// continuing the list as the app does ("floor"), at phone size, 1× and 4× CPU. Each page gets a
// list item and then "p" + Enter, 20 times; each Enter's time from the key to the next frame is
// recorded. With --profile, a CPU profile of the app's Enters at 4×
// is summarized by self time (where the time goes).
// Usage: npx vite build && node scripts/bench/enter-probe.mjs [--rounds 3] [--rates 1,4] [--sizes 20,50] [--profile] [--trace] [--dist folder]
// (--trace prints the main thread's trace events by total time; TRACE_OUT=file.json keeps the trace,
// PROBE_PAGE='bare 50' profiles the bare page instead.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../chromium.mjs';
import { serveFolder } from '../static-server.mjs';
import { defineAfterFrame } from './after-frame.mjs';
import { median, quantile } from './report.mjs';
import { seedDatabase } from './seed.mjs';
import { buildBarePage, writeBareNotes } from './sizes.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const rounds = Number(argv[argv.indexOf('--rounds') + 1]) || 3;
const profiling = argv.includes('--profile');
const tracing = argv.includes('--trace');
const listArg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1].split(',').map(Number) : fallback);
const rates = listArg('--rates', [1, 4]);
const sizes = listArg('--sizes', [50, 20]);
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const ENTERS = 20;
const keys = (run) => `\n* enter, ${run}${'\np'.repeat(ENTERS)}`;
// The bench's own median and p95, so the probe's figures read like its.
const p95 = (xs) => quantile(xs, 0.95);

function watchEnters() {
  const w = (globalThis.probe = { enters: [], keys: [], longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      const key = event.key;
      globalThis.benchAfterFrame(() => (key === 'Enter' ? w.enters : w.keys).push(performance.now() - start));
    },
    true,
  );
}

async function run(context, url, rate, label, profile) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  const area = page.locator('textarea');
  await page.waitForFunction(() => {
    const a = document.querySelector('textarea');
    return a && a.value.length > 1000 && document.activeElement === a;
  });
  await page.waitForTimeout(500);
  await page.evaluate(watchEnters);
  await area.press('Control+End');
  const events = [];
  if (tracing && profile) {
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8.execute', transferMode: 'ReportEvents' });
  }
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.keyboard.type(keys(label), { delay: 80 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => globalThis.probe);
  if (profile) result.profile = (await cdp.send('Profiler.stop')).profile;
  if (tracing && profile) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    result.trace = events;
  }
  await page.close();
  return result;
}

// Self time by function (and by url:line), the top `n`.
function summarize(profile, n = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

const chrome = findChromium();
// --dist another/build compares another build (say, the one before a change) against the same bare page.
const dist = argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : join(root, 'dist');
const bare = await buildBarePage(root);
const server = await serveFolder(dist);
const bareServer = await serveFolder(bare.dist);
const profileDir = await mkdtemp(join(tmpdir(), 'talknotes-probe-'));
const context = await chromium.launchPersistentContext(profileDir, { executablePath: chrome, args: ['--no-sandbox', '--disable-gpu'], ...PHONE });
try {
  await context.addInitScript(defineAfterFrame);
  const first = await context.newPage();
  await first.goto(server.url);
  await first.getByRole('link', { name: 'New event' }).waitFor();
  const seeded = await first.evaluate(seedDatabase, { events: 1, talksPerEvent: 3, photos: 0, bigNoteKB: 50, mediumNoteKB: 20 });
  await first.close();
  await writeBareNotes(bare.dist, { 50: seeded.bigNote, 20: seeded.mediumNote });
  const pages = {
    'bare 50': bareServer.url,
    'app 50': `${server.url}talks/${seeded.bigTalkId}`,
    'bare 20': `${bareServer.url}?kb=20`,
    'app 20': `${server.url}talks/${seeded.mediumTalkId}`,
    // The bare text area continuing the list as the app does (the browser's editing command).
    'floor 50': `${bareServer.url}?continue`,
    'floor 20': `${bareServer.url}?kb=20&continue`,
  };
  const results = {};
  for (let r = 0; r < (argv.includes('--only-profile') ? 0 : rounds); r++) {
    for (const rate of rates) {
      for (const [name, url] of Object.entries(pages)) {
        if (!sizes.includes(Number(name.split(' ')[1]))) continue;
        const got = await run(context, url, rate, `${name} ${rate}x ${r}`, false);
        const key = `${name} ${rate}x`;
        results[key] ??= { enter: [], key: [], long: [] };
        results[key].enter.push(median(got.enters));
        results[key].key.push(p95(got.keys));
        results[key].long.push(Math.max(0, ...got.longTasks));
      }
    }
  }
  const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
  for (const [key, v] of Object.entries(results)) {
    const bareKey = key.replace(/^(app|floor)/, 'bare');
    const ratio = bareKey === key ? '' : ` ratio ${(median(v.enter) / median(results[bareKey].enter)).toFixed(2)}×`;
    console.log(
      `${key.padEnd(12)} Enter median per round: ${fmt(v.enter)} → ${median(v.enter).toFixed(1)} ms${ratio}; other keys p95: ${fmt(v.key)}; longest task: ${fmt(v.long)}`,
    );
  }
  if (profiling || tracing) {
    const got = await run(context, pages[process.env.PROBE_PAGE ?? 'app 50'], 4, 'profile', true);
    console.log('\nSelf time (ms, at 4×, 20 Enters and 20 "p" keys in the 50 KB note):');
    for (const [name, ms] of summarize(got.profile)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
    if (got.trace) {
      // Total time by trace event name on the page's main thread (nested events count in each).
      const main = got.trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const totals = new Map();
      for (const e of got.trace) {
        if (e.ph !== 'X' || !main || e.tid !== main.tid || e.pid !== main.pid) continue;
        const t = totals.get(e.name) ?? { ms: 0, n: 0 };
        t.ms += e.dur / 1000;
        t.n++;
        totals.set(e.name, t);
      }
      if (process.env.TRACE_OUT) (await import('node:fs')).writeFileSync(process.env.TRACE_OUT, JSON.stringify(got.trace));
      console.log('\nTrace, main thread (total ms, count):');
      for (const [name, t] of [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
        console.log(`${t.ms.toFixed(1).padStart(8)} ${String(t.n).padStart(5)}  ${name}`);
    }
  }
} finally {
  await context.close();
  await server.close();
  await bareServer.close();
  await rm(profileDir, { recursive: true, force: true });
  await rm(bare.dir, { recursive: true, force: true });
}
