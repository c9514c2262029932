// The proof against the real thing: exported posts built by Debian's Jekyll and Hugo.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportEvent } from '../../src/export';
import type { ExportGrouping, ExportSettings } from '../../src/model/export-settings';
import { AFTER, notes, photos, settings, source, talks } from './fixture';
import { htmlToText, normaliseTypography, visibleLines } from './html-text';
import { buildSite, removeSites } from './site';

afterAll(removeSites);

/** Builds the site; returns every page's text by its <h1> title, with the site-internal link targets. */
async function build(target: 'jekyll' | 'hugo', files: { path: string; text: string }[], assets: { path: string; bytes: Uint8Array }[]) {
  const site = await buildSite(target, files, assets);
  const { out } = site;
  const pages = new Map<string, { text: string; headings: string[]; links: string[]; images: string[] }>();
  for (const [path, html] of site.pages) {
    const title = /<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1];
    if (title === undefined) continue; // Hugo's list pages
    const headings = [...html.matchAll(/<h[23][^>]*>([\s\S]*?)<\/h[23]>/g)].map((m) => htmlToText(m[1] ?? '').trim());
    const links = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace('http://example.org', '')).filter((href) => href.startsWith('/'));
    // Every site-internal address must stay under the site's sub-path.
    for (const href of links) expect(href.startsWith('/blog/'), href).toBe(true);
    // Image sources as the browser resolves them against the page's own address.
    const pageUrl = new URL(`/blog${path.replace(/index\.html$/, '')}`, 'http://example.org/');
    const images = [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => new URL(m[1] ?? '', pageUrl).pathname);
    pages.set(htmlToText(title).trim(), { text: htmlToText(html), headings, links, images });
  }
  const exists = async (href: string) => {
    if (!href.startsWith('/blog/')) return false; // outside the site
    const path = join(out, decodeURIComponent(href.slice('/blog'.length)));
    const candidates = href.endsWith('/') ? [join(path, 'index.html')] : [path];
    return (
      await Promise.all(
        candidates.map((c) =>
          readFile(c).then(
            () => true,
            () => false,
          ),
        ),
      )
    ).some(Boolean);
  };
  return { output: site.output, pages, exists };
}

const CASES: [ExportSettings['target'], ExportGrouping, Partial<ExportSettings>][] = [
  ['jekyll', 'day', {}],
  ['jekyll', 'talk', {}],
  ['jekyll', 'event', {}],
  ['hugo', 'day', { hugoLayout: 'bundle' }],
  ['hugo', 'talk', { hugoLayout: 'file' }],
  ['hugo', 'event', {}],
];

describe.each(CASES)('%s, one post per %s', (target, grouping, extra) => {
  it('builds with no warnings, with every post, talk heading, note line and cross-link in the site', async () => {
    const options = settings({ target, grouping, ...extra });
    const result = exportEvent(source, options, { deviceTimeZone: 'UTC', now: AFTER });
    const site = await build(target, result.files, result.assets);

    expect(site.output).not.toMatch(/warn|error|deprecat/i);
    expect([...site.pages.keys()].sort()).toEqual(result.posts.map((p) => normaliseTypography(p.title)).sort());

    for (const post of result.posts) {
      const page = site.pages.get(normaliseTypography(post.title));
      if (!page) throw new Error(`missing page for ${post.title}`);
      const postTalks = post.days.flatMap((d) => d.talks);
      if (grouping !== 'talk') {
        expect(page.headings).toEqual(expect.arrayContaining(postTalks.map((t) => normaliseTypography(t.title))));
      }
      for (const talk of postTalks) {
        for (const line of visibleLines(notes[talk.id] ?? '')) expect(page.text).toContain(line);
      }
      // Cross-links: one to each other day, or to the previous and next talk; all resolve.
      const expected =
        grouping === 'day' ? result.posts.length - 1 : grouping === 'talk' ? (post === result.posts[0] || post === result.posts.at(-1) ? 1 : 2) : 0;
      expect(page.links).toHaveLength(expected);
      for (const href of page.links) expect(await site.exists(href), `${href} from ${post.title}`).toBe(true);
      // Every photo the post's notes refer to (and that still exists) is an image in the page, and resolves.
      const photoIds = new Set(postTalks.flatMap((t) => [...(notes[t.id] ?? '').matchAll(/\(photo:([0-9a-f-]{36})\)/g)].map((m) => m[1])));
      const present = [...photoIds].filter((id) => id && id in photos);
      expect(new Set(page.images).size, `images in ${post.title}`).toBe(present.length);
      for (const src of page.images) expect(await site.exists(src), `${src} in ${post.title}`).toBe(true);
    }
    expect(talks.length).toBeGreaterThan(0);
  }, 60_000);
});
