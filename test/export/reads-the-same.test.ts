// "Preview: the notes as they will read when published", held to the real thing: every construct of
// the corpus is exported as a post, built by Debian's Jekyll and Hugo, and compared, in its reading
// form, with what the preview shows for that blog. A difference fails the test unless it is listed
// below, with its reason, as accepted; a listed one that has gone away fails too (the list stays true).
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEvent } from '../../src/export';
import type { ExportTarget } from '../../src/model/export-settings';
import type { EventRecord, TalkRecord } from '../../src/model/types';
import { settings } from './fixture';
import { CORPUS } from './markdown-corpus';
import { readingForm } from './reading-form';
import { buildSite, removeSites } from './site';

afterAll(removeSites);

/** Differences accepted, per engine, with the reason a reader is still served. */
const ACCEPTED: Record<ExportTarget, Record<string, string>> = {
  jekyll: {
    abbreviation:
      "kramdown's own abbreviations: Jekyll hides the *[HTML]: line and explains each HTML on hover; the preview shows the line as typed. The explanation reads either way, and no maintained marked extension reads the syntax.",
  },
  hugo: {
    'apostrophe-before-a-word':
      "goldmark's typographer turns a quote opening a word into an apostrophe (’tis, ’n’) where kramdown and the preview open a quote (‘tis): a curl's direction, the same words.",
  },
};

const MARKER = 'BEGINNOTES';

// The preview exactly as the app renders it (ui/capture/preview/render-markdown.ts: marked as the blog reads,
// DOMPurify with the app's hooks), in a window of jsdom's.
let renderMarkdown: (markdown: string, blog: ExportTarget) => string;
beforeAll(async () => {
  const { window } = new JSDOM('', { url: 'https://talknotes.example/' });
  Object.assign(globalThis, { window, document: window.document, location: window.location });
  ({ renderMarkdown } = await import('../../src/ui/capture/preview/render-markdown'));
});
const stamps = { createdAt: 1, updatedAt: 1 };
const event: EventRecord = { id: 'e', name: 'Corpus', location: '', startDate: '2017-04-18', endDate: '', link: '', timeZone: 'UTC', tags: [], ...stamps };
const talks: TalkRecord[] = CORPUS.map((construct, i) => ({
  id: `t${i}`,
  eventId: 'e',
  title: construct.id,
  speakers: [],
  date: '2017-04-18',
  startTime: `${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
  endTime: '',
  room: '',
  tags: [],
  ...stamps,
}));
const notes = Object.fromEntries(CORPUS.map((construct, i) => [`t${i}`, `${MARKER}\n\n${construct.markdown}`]));

/** The preview of `markdown` for `target`, as the app shows it, in reading form. */
const preview = (markdown: string, target: ExportTarget) => readingForm(renderMarkdown(markdown, target));

/** Each construct's published notes in reading form, by construct id, from a real build. */
async function published(target: ExportTarget): Promise<Map<string, string>> {
  const result = exportEvent({ event, talks, notes }, settings({ target, grouping: 'talk', includePrivate: true, intro: '', titleTemplate: '{talk}' }), {
    deviceTimeZone: 'UTC',
    now: Date.UTC(2026, 0, 1),
  });
  const site = await buildSite(target, result.files, result.assets);
  expect(site.output).not.toMatch(/error/i);
  const byTitle = new Map<string, string>();
  for (const html of site.pages.values()) {
    const title = /<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1];
    const body = /<\/h1>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
    const at = body.indexOf(`<p>${MARKER}</p>`);
    if (title && at >= 0) byTitle.set(title.trim(), readingForm(body.slice(at + MARKER.length + 7)));
  }
  return byTitle;
}

describe.each<ExportTarget>(['jekyll', 'hugo'])('the preview for %s reads as the real build', (target) => {
  it('shows every construct as published, but for the differences accepted with a reason', async () => {
    const built = await published(target);
    const differing: string[] = [];
    const report: string[] = [];
    for (const construct of CORPUS) {
      const site = built.get(construct.id);
      expect(site, `${construct.id} is not in the ${target} build`).toBeDefined();
      const shown = preview(construct.markdown, target);
      if (shown !== site) {
        differing.push(construct.id);
        report.push(
          `${construct.id}${ACCEPTED[target][construct.id] ? ' (accepted)' : ''}\n  preview: ${shown.replace(/\n/g, '⏎')}\n  ${target}: ${site?.replace(/\n/g, '⏎')}`,
        );
      }
    }
    const same = CORPUS.length - differing.length;
    console.log(
      `${target}: ${same} of ${CORPUS.length} constructs read the same in the preview and the real build.${report.length ? `\n${report.join('\n')}` : ''}`,
    );
    expect(
      differing.filter((id) => !ACCEPTED[target][id]),
      'differences not accepted',
    ).toEqual([]);
    expect(
      Object.keys(ACCEPTED[target]).filter((id) => !differing.includes(id)),
      'accepted differences that are gone',
    ).toEqual([]);
  }, 120_000);
});
