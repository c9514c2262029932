// The Markdown text of one post: front matter, intros, series links, then each talk's section
// with its speakers and the notes exactly as typed.
import type { ExportSettings } from '../model/export-settings';
import { splitAtPhotoRefs } from '../model/photos';
import { formatSpeakers } from '../model/speakers';
import type { EventRecord, TalkRecord } from '../model/types';
import { escapeHugoShortcodes, escapeLiquid, escapeMarkdownInline } from './escape';
import { frontMatter, yamlScalar, type FrontMatterValue } from './front-matter';
import { blogForms } from './blog-forms';
import type { ImageLinks } from './images';
import { hugoDate, jekyllDate } from './post-dates';
import type { ExportSource, PlannedPost } from './types';

/** Renders post `index` of `posts` as the full text of its Markdown file; `images` links its photos. */
export function renderPost(
  posts: readonly PlannedPost[],
  index: number,
  source: ExportSource,
  settings: ExportSettings,
  timeZone: string,
  images: ImageLinks = new Map(),
): string {
  const post = posts[index];
  if (!post) throw new RangeError(`No post ${index}`);
  const jekyll = settings.target === 'jekyll';
  // Everything a person typed passes through the generator's escape; our own links do not.
  const esc = jekyll ? escapeLiquid : escapeHugoShortcodes;
  const inline = (text: string) => esc(escapeMarkdownInline(text));
  const link = (target: PlannedPost, text: string) => `[${inline(text)}](${jekyll ? `{% post_url ${target.linkId} %}` : `{{< relref "${target.linkId}" >}}`})`;

  // The person's text is escaped; the photo links we write (with {{ site.baseurl }}) are not.
  // Notes as typed, but for the forms the engine would misread (see blog-forms.ts).
  const notesOf = (notes: string) =>
    splitAtPhotoRefs(blogForms(notes, settings.target))
      .map((part) => {
        if ('text' in part) return esc(part.text);
        const link = images.get(part.ref.id);
        return link ? `![${esc(part.ref.caption)}](${link})` : '';
      })
      .join('');
  const blocks: string[] = [];
  if (settings.intro.trim()) blocks.push(esc(trimBlock(settings.intro)));
  const dayIntro = settings.grouping === 'day' ? settings.dayIntros[post.date]?.trim() : '';
  if (dayIntro) blocks.push(esc(trimBlock(dayIntro)));
  if (posts.length > 1) blocks.push(seriesLine(posts, index, source.event, settings, inline, link));

  if (settings.grouping === 'event') {
    for (const day of post.days) {
      blocks.push(`## ${day.date ? `Day ${day.dayNumber ?? '?'} (${day.date})` : 'Other talks'}`);
      const intro = day.date ? settings.dayIntros[day.date]?.trim() : '';
      if (intro) blocks.push(esc(trimBlock(intro)));
      blocks.push(...talkSections(day.talks, '###', source, inline, notesOf));
    }
  } else {
    const heading = settings.grouping === 'day' ? '##' : null; // a talk post's title is the talk
    blocks.push(
      ...talkSections(
        post.days.flatMap((d) => d.talks),
        heading,
        source,
        inline,
        notesOf,
      ),
    );
  }
  // The post's tags: those chosen for the export, the event's, then each talk's in the post.
  const tags = [...new Set([...settings.tags, ...(source.event.tags ?? []), ...post.days.flatMap((d) => d.talks.flatMap((t) => t.tags ?? []))])];
  const head = frontMatter(jekyll ? jekyllFields(post, settings, timeZone, tags) : hugoFields(post, settings, timeZone, tags));
  return `${head}${blocks.join('\n\n')}\n`;
}

function talkSections(
  talks: readonly TalkRecord[],
  heading: string | null,
  source: ExportSource,
  inline: (text: string) => string,
  notesOf: (notes: string) => string,
): string[] {
  return talks.map((talk, i) => {
    const parts: string[] = [];
    if (heading) parts.push(`${heading} ${inline(talk.title)}`);
    if (talk.speakers.length) {
      parts.push(`**${talk.speakers.length > 1 ? 'Speakers' : 'Speaker'}:** ${inline(formatSpeakers(talk.speakers))}`);
    }
    const notes = trimBlock(source.notes[talk.id] ?? '');
    if (notes) parts.push(notesOf(notes));
    // A rule between talks, as in hand-written conference posts.
    if (heading && i < talks.length - 1) parts.push('----');
    return parts.join('\n\n');
  });
}

function seriesLine(
  posts: readonly PlannedPost[],
  index: number,
  event: EventRecord,
  settings: ExportSettings,
  inline: (text: string) => string,
  link: (target: PlannedPost, text: string) => string,
): string {
  const intro = `This is part ${index + 1} of ${posts.length} of my notes from ${inline(event.name)}.`;
  if (settings.grouping === 'day') {
    const others = posts.filter((_, i) => i !== index).map((other) => `Day ${other.dayNumber ?? '?'} notes: ${link(other, other.title)}.`);
    return [intro, ...others].join(' ');
  }
  const previous = posts[index - 1];
  const next = posts[index + 1];
  return [intro, previous && `Previous: ${link(previous, previous.title)}.`, next && `Next: ${link(next, next.title)}.`].filter(Boolean).join(' ');
}

// Notes keep every line as typed; only blank lines at the very start and whitespace at the end go.
function trimBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

function commonFields(settings: ExportSettings, tags: string[]): [string, FrontMatterValue][] {
  return [
    ['author', settings.author.trim()],
    ['description', settings.description.trim()],
    ['tags', tags],
    ['categories', settings.categories],
    ['comments', settings.comments],
    ...settings.extra.filter((f) => f.key.trim()).map((f): [string, FrontMatterValue] => [f.key.trim(), yamlScalar(f.value)]),
  ];
}

function jekyllFields(post: PlannedPost, settings: ExportSettings, timeZone: string, tags: string[]): [string, FrontMatterValue][] {
  return [
    ['layout', settings.layout.trim() || 'post'],
    ['title', post.title],
    ['date', jekyllDate(post.date, post.time, timeZone)],
    ...commonFields(settings, tags),
  ];
}

function hugoFields(post: PlannedPost, settings: ExportSettings, timeZone: string, tags: string[]): [string, FrontMatterValue][] {
  return [
    ['title', post.title],
    ['date', hugoDate(post.date, post.time, timeZone)],
    ['draft', false],
    ...commonFields(settings, tags),
    ['layout', settings.layout.trim()],
  ];
}
