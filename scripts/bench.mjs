// npm run bench: performance figures of the production build (run `vite build` first; the npm
// script does), each beside a baseline measured in the same run, with PASS/FAIL against the targets.
// Figures, not tests: absolute times vary from machine to machine, so the timing targets are ratios
// to a baseline of the same run. Writes the figures into docs/performance.md between its
// bench markers. Exits 1 when a target is missed.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';
import { browserFigures } from './bench/browser.mjs';
import { nodeFigures } from './bench/node-figures.mjs';
import { publishFigures, publishRows } from './bench/publish.mjs';
import { kb, markdown, median, note, quantile, table, target, verdicts } from './bench/report.mjs';
import { buildBarePage, heavyNames, publishMarkers, sizes } from './bench/sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const chrome = findChromium();
const browserVersion = chrome
  ? await chromium.launch({ executablePath: chrome, args: ['--no-sandbox'] }).then(async (b) => [b.version(), await b.close()][0])
  : 'none';
// The load average says how busy the (shared) machine was: other work there moves every figure.
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
note(
  `npm run bench · ${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim()} · Node ${process.version} · Chromium ${browserVersion} · load average ${load()} (1, 5, 15 min)`,
);

const bare = await buildBarePage(root);
try {
  // Sizes.
  const size = await sizes(dist, bare.dist);
  table('Sizes (gzip) of the production build in dist/; baseline: a bare Preact + idb page built the same way.', 'size', [
    ['bare Preact + idb page, first-load JS (baseline)', kb(size.bare.js), 1],
    ['capture screen, first-load JS', kb(size.app.js), size.app.js / size.bare.js, target('≤ 25 KB', size.app.js <= 25 * 1024, 'capture screen first-load JS')],
    ['capture screen, first-load CSS', kb(size.app.css)],
    ...size.app.lazy.sort((a, b) => b[1] - a[1]).map(([file, bytes]) => [`  lazy ${file.replace(/^assets\//, '').replace(/-[\w-]{8}\./, '.')}`, kb(bytes)]),
  ]);
  note(
    `Heavy libraries in the first load: ${size.heavy.length ? size.heavy.join(', ') : `none of ${heavyNames.join(', ')}`}   ${target('none', size.heavy.length === 0, 'heavy libraries in the first load:')}`,
  );
  note(
    `Publish code in the first load (src/publish, src/outbox but its wake-up; the strings ${publishMarkers.join(', ')}): ${size.publish.length ? size.publish.join(', ') : 'none'}   ${target('none', size.publish.length === 0, 'publish code in the first load:')}`,
  );

  if (!chrome) {
    note('Browser figures skipped: no Chromium found (set CHROME_PATH, or run npm test once to install it).');
  } else {
    const b = await browserFigures({ chrome, dist, bareDist: bare.dist });
    const s = b.seeded;
    note(
      `Database: ${s.talks.toLocaleString('en')} talks in 10 events, ${s.lines.toLocaleString('en')} lines of notes, ${s.photos} photos of ${kb(s.photoBytes)} (written in ${(s.seedMs / 1000).toFixed(1)} s). Phone-sized page, 2× pixels.`,
    );

    const startRows = [];
    for (const rate of [1, 4]) {
      const app = median(b.starts[rate]);
      const base = median(b.bareStarts[rate]);
      startRows.push([`bare page, ${rate}× CPU (baseline)`, base, 1]);
      startRows.push([`Talknotes offline, ${rate}× CPU`, app, app / base, rate === 4 ? target('≤ 1000 ms', app <= 1000, 'offline cold start at 4×') : '']);
    }
    table(
      `Cold start to the notes editor ready for input (a 50 KB note), service worker stopped before each start, median of ${b.starts[1].length}. Baseline: the bare page from a local server.`,
      'ms',
      startRows,
    );
    note(
      `Service worker in control at every offline start: ${b.controlled ? 'yes' : 'NO'}. JS fetched before ready: ${kb(b.startJs)} gzip (${b.scripts
        .map((f) =>
          f
            .split('/')
            .pop()
            .replace(/-[\w-]{8}\./, '.'),
        )
        .join(', ')}).   ${target('yes', b.controlled, 'service worker in control offline:')}`,
    );

    for (const device of ['phone', 'tablet']) {
      for (const rate of [1, 4]) {
        const t = b.typing[device][rate];
        const bt = b.bareTyping[device][rate];
        const where = device === 'phone' ? 'phone (360 px)' : 'tablet (820 px) with "Preview beside notes" open';
        const put50 = median(t.puts);
        const save95 = quantile(t.saveCost, 0.95);
        const risk = Math.max(...t.atRisk);
        // Key → next frame p95: the median of the rounds, for the app and the bare page alike.
        const p95s = (runs) => runs.map((r) => quantile(r.latency, 0.95));
        const lat95s = p95s(t.rounds);
        const bare95s = p95s(bt.rounds);
        const lat95 = median(lat95s);
        const bare95 = median(bare95s);
        const ofRounds = (xs) => (xs.length > 1 ? `, median of ${xs.length} rounds: ${xs.map((x) => x.toFixed(1)).join(', ')}` : '');
        const long = t.longTasks.length;
        const at = `${device}, ${rate}×`;
        // Save cost: the ratio in each round at 1×, the target on the median round.
        const rounds = t.rounds.filter((r) => r.saveCost).map((r) => quantile(r.saveCost, 0.95) / median(r.puts));
        const roundsMedian = median(rounds);
        table(
          `Typing ${t.latency.length} keys into the 50 KB note, ${where}, a key every 80 ms, ${rate}× CPU. Baselines: a bare IndexedDB put of the same record (p50 of ${t.puts.length}); the same typing in the bare page's 50 KB text area ${device === 'tablet' ? 'as wide as the app’s beside the preview' : 'at the same size'}, in turn with the app's, round by round.`,
          'ms',
          [
            ['bare put, p50 (baseline)', put50, 1],
            ['bare put, p95', quantile(t.puts, 0.95), quantile(t.puts, 0.95) / put50],
            [`save fired → committed, p50 (${t.saveCost.length} saves)`, median(t.saveCost), median(t.saveCost) / put50],
            ['save fired → committed, p95', save95, save95 / put50],
            ...(rounds.length
              ? [
                  [
                    `save p95 ÷ bare put p50, ${rounds.length} rounds: ${rounds.map((r) => r.toFixed(1)).join(', ')}`,
                    '',
                    roundsMedian,
                    target('≤ 3× (median round)', roundsMedian <= 3, `save cost p95 over a bare put (${at})`),
                  ],
                ]
              : []),
            ['longest time typed text stayed unsaved', risk, '', target('≤ 300 ms', risk <= 300, `typed text unsaved (${at})`)],
            ['bare page: key → next frame, p50 (baseline)', median(bt.latency), 1],
            ['key → next frame, p50', median(t.latency), median(t.latency) / median(bt.latency)],
            [`bare page: key → next frame, p95${ofRounds(bare95s)} (baseline)`, bare95, 1],
            [
              `key → next frame, p95${ofRounds(lat95s)}`,
              lat95,
              lat95 / bare95,
              target('≤ 1.3× bare p95', lat95 <= 1.3 * bare95, `key → next frame p95 (${at})`),
            ],
            ['bare page: long tasks (> 50 ms)', String(bt.longTasks.length), ''],
            [`long tasks (> 50 ms), longest ${long ? Math.max(...t.longTasks).toFixed(0) : 0} ms`, String(long), ''],
            ...(device === 'tablet'
              ? [
                  ['last key → preview beside shows it', t.previewLag, ''],
                  [
                    `long tasks after the last key (preview), longest ${t.longAfter.length ? Math.max(...t.longAfter).toFixed(0) : 0} ms`,
                    String(t.longAfter.length),
                    '',
                  ],
                ]
              : []),
          ],
        );
        if (t.culprits.length) note(`Frames over 50 ms: ${t.culprits.join('; ')}`);
      }
    }

    // A 20 KB note at 4×: no long task while typing (the 50 KB note's long tasks are printed for the record).
    const rows20 = [];
    for (const device of ['phone', 'tablet']) {
      const t = b.typing20[device];
      const bt = b.bareTyping20[device];
      const long = t.longTasks.length;
      rows20.push(
        [`${device}: bare page, key → next frame, p95 (baseline)`, quantile(bt.latency, 0.95), 1],
        [`${device}: key → next frame, p95`, quantile(t.latency, 0.95), quantile(t.latency, 0.95) / quantile(bt.latency, 0.95)],
        [`${device}: bare page, long tasks (> 50 ms)`, String(bt.longTasks.length), ''],
        [
          `${device}: long tasks (> 50 ms), longest ${long ? Math.max(...t.longTasks).toFixed(0) : 0} ms`,
          String(long),
          '',
          target('none', long === 0, `long tasks while typing into a 20 KB note (${device}, 4×):`),
        ],
      );
    }
    table(
      `Typing ${b.typing20.phone.latency.length} keys into a 20 KB note at 4× CPU, on the phone and on the tablet with "Preview beside notes" open. Baseline: the same typing in the bare page's 20 KB text area.`,
      'ms',
      rows20,
    );
    for (const device of ['phone', 'tablet'])
      if (b.typing20[device].culprits.length) note(`Frames over 50 ms (20 KB, ${device}): ${b.typing20[device].culprits.join('; ')}`);

    // Enter continuing a list: the app's Enter (the browser's line break, the marker a frame later)
    // against a plain Enter in the bare page; for the record, the bare page typing "\n* " in one
    // editing command, and how long after the key the app's marker shows.
    const enterRows = [];
    for (const size of [20, 50]) {
      for (const rate of [1, 4]) {
        const continued = b.appEnters[size][rate].enters.filter((e) => e.continued);
        const app = continued.map((e) => e.latency);
        const marker = continued.map((e) => e.marker);
        const plain = b.bareEnters[size][rate].enters.map((e) => e.latency);
        const floor = b.bareContinued[size][rate].enters.filter((e) => e.continued).map((e) => e.latency);
        const ratio = median(app) / median(plain);
        const at = `${size} KB, ${rate}×`;
        enterRows.push(
          [`${at}: bare page, Enter, p50 / p95 (baseline)`, `${median(plain).toFixed(1)} / ${quantile(plain, 0.95).toFixed(1)}`, 1],
          [
            `${at}: bare page continuing the list as the app does (${floor.length}), p50 / p95`,
            `${median(floor).toFixed(1)} / ${quantile(floor, 0.95).toFixed(1)}`,
            median(floor) / median(plain),
          ],
          [
            `${at}: Enter continuing a list (${app.length}), p50 / p95`,
            `${median(app).toFixed(1)} / ${quantile(app, 0.95).toFixed(1)}`,
            ratio,
            target('≤ 1.5× bare p50', ratio <= 1.5, `Enter continuing a list (${at})`),
          ],
          [`${at}: Enter → its list marker shows, p50 / p95`, `${median(marker).toFixed(1)} / ${quantile(marker, 0.95).toFixed(1)}`, ''],
        );
      }
    }
    table(
      `Enter at the end of a list item, key → next frame, on the phone: 20 times "p" and Enter in the 20 KB and the 50 KB note, at 1× and 4× CPU. Baseline: the same keys in the bare page's text area holding a note of the same size (a plain line break there). The app lets the browser type the line break and types the list marker just after that frame; for the record, the bare text area typing line break and marker at once through the browser's editing command (which Ctrl+Z can undo), and the time from the key to the frame that shows the app's marker.`,
      'ms',
      enterRows,
    );

    const slowest = Math.max(...b.queryTimes);
    table(
      `Search over all ${s.talks.toLocaleString('en')} talks in the app (Search screen): ${b.queryTimes.length} queries, input → results on screen. ${b.found}`,
      'ms',
      [
        ['open Search, index built (from navigation)', b.indexReady, ''],
        ['query, median', median(b.queryTimes), ''],
        ['query, slowest', slowest, '', target('≤ 50 ms', slowest <= 50, 'search')],
      ],
    );
    const exportMs = b.exportReady + b.zipMs;
    table(`Export of the first event (200 talks, 50 photos) in the app: a ${kb(b.zipBytes)} zip.`, 'ms', [
      ['open Export, posts ready (from navigation)', b.exportReady, ''],
      ['"Download .zip" → download starts', b.zipMs, ''],
      ['total', exportMs, '', target('≤ 1500 ms', exportMs <= 1500, 'large event export')],
    ]);

    const photo = b.photo;
    table(
      `One 12 MP photo (4000×3000, ${(photo.bytes / 1e6).toFixed(1)} MB JPEG) added in the app, median of 5. Baseline: decoding it alone in the same page.`,
      'ms',
      [
        ['decode only (baseline)', photo.decode, 1],
        ['"Add from gallery" → in the photo strip', photo.added, photo.added / photo.decode, target('≤ 1500 ms', photo.added <= 1500, '12 MP photo')],
      ],
    );

    const a = b.agenda;
    const read = median(a.reads);
    const key = Math.max(...a.keys);
    const open = median(a.opens);
    table(
      `Agenda import at 4× CPU, offline: a FOSDEM-sized .ics (870 sessions in 35 rooms, ${kb(a.bytes)}), median of ${a.reads.length} reads; typing ${a.keys.length} keys into the chooser's filter; the event page with 300 imported talks, median of ${a.opens.length} opens.`,
      'ms',
      [
        ['file picked → preview on screen, median', read, '', target('≤ 1500 ms', read <= 1500, 'agenda read to preview at 4×')],
        ['… slowest', Math.max(...a.reads), ''],
        ['chooser filter: key → next frame, median', median(a.keys), ''],
        ['chooser filter: key → next frame, slowest', key, '', target('≤ 100 ms', key <= 100, 'chooser filter keystroke at 4×')],
        ['event page with 300 talks: navigation → interactive, median', open, '', target('≤ 500 ms', open <= 500, 'event page with 300 talks at 4×')],
      ],
    );
  }

  for (const [heading, rows] of await nodeFigures()) table(heading, 'ms', rows);

  const [heading, rows] = publishRows(await publishFigures(), target);
  table(heading, 'value', rows);
} finally {
  await rm(bare.dir, { recursive: true, force: true });
}

const failed = verdicts.filter((v) => !v.ok);
note(
  `${verdicts.length - failed.length} of ${verdicts.length} targets met.${failed.length ? ` Missed: ${failed.map((v) => v.name).join('; ')}.` : ''} Load average at the end: ${load()}.`,
);

// The figures into docs/performance.md, between its markers; a run without a browser would leave
// out most of them, so it leaves the document as it is.
const doc = `${root}docs/performance.md`;
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
if (chrome) {
  const text = await readFile(doc, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) {
    console.error(`\n${doc} has no ${START} … ${END} pair: put both where the figures belong and run again.`);
    process.exit(1);
  }
  await writeFile(
    doc,
    `${text.slice(0, from + START.length)}\n<!-- Written by npm run bench; edits between these markers are replaced. -->\n\n${markdown()}\n${text.slice(to)}`,
  );
  console.log(`\nFigures written into ${doc}.`);
} else {
  console.log(`\n${doc} left as it is: the browser figures were skipped.`);
}
process.exit(failed.length ? 1 : 0);
