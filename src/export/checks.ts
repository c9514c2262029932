// The pre-publish check: what to look at before the posts go live, each with a fix.
import type { ExportSettings } from '../model/export-settings';
import { findPlaceholders } from '../model/placeholders';
import { offsetMinutes } from '../model/time-zones';
import { parseDate } from '../model/dates';
import { rawHtml } from './raw-html';
import type { ExportProblem, ExportSource, PlannedPost } from './types';

/** Future-dated posts, open "get the slide later" placeholders, HTML that Hugo leaves out, and talks without notes. */
export function checkPosts(posts: readonly PlannedPost[], source: ExportSource, settings: ExportSettings, timeZone: string, now: number): ExportProblem[] {
  const problems: ExportProblem[] = [];
  for (const post of posts) {
    if (postInstant(post, timeZone) > now) {
      problems.push({
        kind: 'future-date',
        message: `"${post.title}" is dated ${post.date}${post.time ? ` ${post.time}` : ''}, which is still in the future.`,
        hint:
          settings.target === 'jekyll'
            ? 'Jekyll leaves future posts out of the site (future: false is its default): export after that time, or set future: true in _config.yml.'
            : 'Hugo leaves future posts out of the site: export after that time, or build with --buildFuture.',
      });
    }
  }
  const exported = posts.flatMap((p) => p.days.flatMap((d) => d.talks));
  for (const talk of exported) {
    const notes = source.notes[talk.id] ?? '';
    const open = findPlaceholders(notes);
    if (open.length) {
      const list = open.map((p) => `line ${p.line}${p.text ? ` "${p.text}"` : ''}`).join(', ');
      problems.push({
        kind: 'placeholder',
        message: `"${talk.title}" still has ${open.length === 1 ? 'a slide' : `${open.length} slides`} to get later: ${list}.`,
        hint: 'Replace each << … >> with the photo or a link to the slides, or delete it.',
      });
    }
    const html = settings.target === 'hugo' ? rawHtml(notes) : [];
    if (html.length) {
      problems.push({
        kind: 'raw-html',
        message: `"${talk.title}" has HTML (${html.slice(0, 4).join(', ')}${html.length > 4 ? ', …' : ''}) that Hugo leaves out of the page by default.`,
        hint: 'To keep it, allow HTML in your site: markup: goldmark: renderer: unsafe: true in hugo.yaml ([markup.goldmark.renderer] unsafe = true in hugo.toml). Or write it in Markdown.',
      });
    }
    if (!notes.trim()) {
      problems.push({
        kind: 'empty-talk',
        message: `"${talk.title}" has no notes.`,
        hint: 'Add a few lines, or delete the talk if you missed it.',
      });
    }
  }
  return problems;
}

function postInstant(post: PlannedPost, timeZone: string): number {
  const day = parseDate(post.date) ?? 0;
  const [h = 0, m = 0] = (post.time || '00:00').split(':').map(Number);
  return day + (h * 60 + m) * 60_000 - offsetMinutes(post.date, post.time, timeZone) * 60_000;
}
