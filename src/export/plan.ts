// Which posts an export makes: one per day, per talk, or one for the event; titles, dates, files.
import { groupTalksByDay, type DayGroup } from '../model/days';
import { DEFAULT_TITLES, type ExportSettings } from '../model/export-settings';
import { formatSpeakers } from '../model/speakers';
import type { EventRecord, TalkRecord } from '../model/types';
import { slugify, uniqueNames } from './slug';
import type { ExportProblem, ExportSource, PlannedPost } from './types';

type Draft = Omit<PlannedPost, 'path' | 'linkId' | 'stem'> & { fallbackSlug: string };

/** Plans the posts of an export, with the problems planning finds (talks without a day, clashes). */
export function planPosts(source: ExportSource, settings: ExportSettings, today: string): { posts: PlannedPost[]; problems: ExportProblem[] } {
  const groups = groupTalksByDay(source.event, source.talks).filter((g) => g.talks.length > 0);
  const dated = groups.filter((g) => g.date);
  const undated = groups.find((g) => !g.date);
  const problems: ExportProblem[] = [];
  const drafts = draftPosts(source.event, settings, dated, undated, today);

  if (undated && settings.grouping !== 'event') {
    for (const talk of undated.talks) {
      problems.push({
        kind: 'no-day',
        message: `"${talk.title}" has no day, so it is in no post.`,
        hint: 'Edit the talk and pick its day, or export one post for the whole event.',
      });
    }
  }
  if (drafts.length === 0) {
    problems.push({ kind: 'nothing', message: 'There is nothing to export yet.', hint: 'Add talks, each with its day.' });
  }

  const names = drafts.map((d) => fileStem(settings, d.date, slugify(d.title, d.fallbackSlug)));
  const unique = uniqueNames(names);
  const posts = drafts.map(({ fallbackSlug: _f, ...draft }, i): PlannedPost => {
    const stem = unique[i] ?? '';
    if (stem !== names[i]) {
      problems.push({
        kind: 'duplicate-name',
        message: `Two posts would both be named "${names[i]}"; "${draft.title}" is saved as "${stem}".`,
        hint: 'Give the talks different titles, or change the title template.',
      });
    }
    return { ...draft, stem, ...fileOf(settings, stem) };
  });
  return { posts, problems };
}

function draftPosts(event: EventRecord, settings: ExportSettings, dated: DayGroup[], undated: DayGroup | undefined, today: string): Draft[] {
  const template = settings.titleTemplate.trim() || DEFAULT_TITLES[settings.grouping];
  const dayNo = (group: DayGroup) => group.dayNumber ?? dated.indexOf(group) + 1;
  const title = (group: DayGroup | null, talk: TalkRecord | null, date = group?.date ?? '') =>
    fillTemplate(template, {
      event: event.name,
      day: group ? String(dayNo(group)) : '',
      date,
      talk: talk?.title ?? '',
      speakers: talk ? formatSpeakers(talk.speakers) : '',
    });

  switch (settings.grouping) {
    case 'day':
      return dated.map((group) => ({
        title: title(group, null),
        date: group.date,
        time: firstTime(group.talks),
        dayNumber: dayNo(group),
        days: [group],
        fallbackSlug: `day-${dayNo(group)}`,
      }));
    case 'talk':
      return dated.flatMap((group) =>
        group.talks.map((talk, i) => ({
          title: title(group, talk),
          date: group.date,
          time: talk.startTime || firstTime(group.talks),
          dayNumber: dayNo(group),
          days: [{ ...group, talks: [talk] }],
          fallbackSlug: `day-${dayNo(group)}-talk-${i + 1}`,
        })),
      );
    case 'event': {
      const first = dated[0];
      const days = undated ? [...dated, undated] : dated;
      if (days.length === 0) return [];
      const date = first?.date || event.startDate || today;
      return [
        {
          title: title(null, null, date),
          date,
          time: first ? firstTime(first.talks) : '',
          dayNumber: null,
          days,
          fallbackSlug: 'notes',
        },
      ];
    }
  }
}

/** Replaces {event}, {day}, {date}, {talk} and {speakers}; other braces stay as typed. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(event|day|date|talk|speakers)\}/g, (_m, key: string) => values[key] ?? '').trim();
}

// Talks are sorted by time, untimed last: the first one's time, if any, dates the post.
function firstTime(talks: readonly TalkRecord[]): string {
  return talks[0]?.startTime ?? '';
}

// Jekyll posts are named by date and slug; Hugo pages by slug alone.
function fileStem(settings: ExportSettings, date: string, slug: string): string {
  return settings.target === 'jekyll' ? `${date}-${slug}` : slug;
}

function fileOf(settings: ExportSettings, stem: string): { path: string; linkId: string } {
  if (settings.target === 'jekyll') return { path: `_posts/${stem}.md`, linkId: stem };
  const path = settings.hugoLayout === 'bundle' ? `content/posts/${stem}/index.md` : `content/posts/${stem}.md`;
  return { path, linkId: `/posts/${stem}` };
}
