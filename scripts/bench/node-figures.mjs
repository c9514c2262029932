// The pure code of export and search timed in Node, without the browser or IndexedDB around it:
// shows how much of the in-app figures is the code itself.
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import { fosdemAgenda } from '../fosdem-agenda.mjs';
import { largeEvent } from './large-event.mjs';
import { median } from './report.mjs';

/** Median of `runs` timings of `work`, in milliseconds, after one warm-up. */
function time(runs, work) {
  work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Export and search timings in Node: [heading, rows] pairs for report.table. */
export async function nodeFigures() {
  const exporter = (await runnerImport('/src/export/index.ts')).module;
  const { defaultExportSettings } = (await runnerImport('/src/model/export-settings.ts')).module;
  const search = (await runnerImport('/src/model/search.ts')).module;

  const source = largeEvent();
  const notesKB = Object.values(source.notes).join('').length / 1024;
  const settings = { ...defaultExportSettings(), tags: ['bench'] };
  const context = { deviceTimeZone: 'UTC', now: Date.UTC(2027, 0, 1) };
  const json = time(20, () => JSON.stringify(source));
  const markdown = time(20, () => exporter.exportEvent(source, settings, context));
  const zip = time(20, () => exporter.zipFiles(exporter.exportEvent(source, settings, context).files));

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
  const index = search.buildSearchIndex([source.event], talks, notes);
  const plain = time(20, () => all.indexOf('munchen durable'));
  const query = time(20, () => search.search(index, 'durable munchen'));
  const buildIndex = time(5, () => search.buildSearchIndex([source.event], talks, notes));

  // Agenda import: the FOSDEM-sized .ics read whole, against ical.js parsing the file alone.
  // (readAgenda loads its readers lazily, which a closed module runner cannot: the .ics path, called directly.)
  const { parseIcs } = (await runnerImport('/src/import/ics.ts')).module;
  const { finishAgenda } = (await runnerImport('/src/import/finish-agenda.ts')).module;
  const ICAL = (await import('ical.js')).default;
  const agenda = fosdemAgenda().text;
  const options = { timeZone: 'Europe/Brussels', deviceTimeZone: 'UTC', firstDay: '' };
  const icalOnly = time(5, () => ICAL.parse(agenda));
  const read = time(5, () => {
    const result = finishAgenda(parseIcs(agenda, options));
    if (!result.ok || result.items.length !== 870) throw new Error(`The benchmark agenda read wrong: ${result.ok ? result.items.length : result.error}`);
  });

  return [
    [
      `Agenda code in Node: a FOSDEM-sized .ics, 870 sessions, ${(agenda.length / 1024).toFixed(0)} KB. Median of 5 runs.`,
      [
        ['ical.js parsing the whole file alone (baseline)', icalOnly, 1],
        ['read, repaired, keyed: every session ready to preview', read, read / icalOnly],
      ],
    ],
    [
      `Export code in Node ${process.version}: 3 days, ${source.talks.length} talks, ${notesKB.toFixed(0)} KB of notes. Median of 20 runs.`,
      [
        ['JSON.stringify of the event (baseline)', json, 1],
        ['export to Markdown (3 day posts)', markdown, markdown / json],
        ['export to Markdown + zip', zip, zip / json],
      ],
    ],
    [
      `Search code in Node: 2,000 talks, ${mb.toFixed(1)} MB of notes. Median of 20 runs.`,
      [
        ['one indexOf over all notes (baseline)', plain, 1],
        ['search "durable munchen" (2 words)', query, query / plain],
        ['build the index (once, when Search opens)', buildIndex, buildIndex / plain],
      ],
    ],
  ];
}
