// How an event is turned into blog posts: target, grouping and front matter, remembered per event.

/** Static site generator the posts are for. */
export type ExportTarget = 'jekyll' | 'hugo';

/** One post per day of the event, per talk, or one for the whole event. */
export type ExportGrouping = 'day' | 'talk' | 'event';

/** Hugo: a page bundle (content/posts/<slug>/index.md) or a single file (content/posts/<slug>.md). */
export type HugoLayout = 'bundle' | 'file';

/** A front matter key/value the person adds beyond the built-in ones. */
export interface ExtraField {
  key: string;
  value: string;
}

/** Everything the Export screen lets a person choose. */
export interface ExportSettings {
  target: ExportTarget;
  grouping: ExportGrouping;
  hugoLayout: HugoLayout;
  /** Post title with {event}, {day}, {date}, {talk}, {speakers}; "" uses the grouping's default. */
  titleTemplate: string;
  /** Jekyll layout ("" = "post"); for Hugo written only when set. */
  layout: string;
  tags: string[];
  categories: string[];
  comments: boolean;
  author: string;
  description: string;
  extra: ExtraField[];
  /** Publish action items and private asides too (off: they stay in the app). */
  includePrivate: boolean;
  /** Markdown at the top of every post. */
  intro: string;
  /** Markdown at the top of a day's post (or its talks' posts), by date "YYYY-MM-DD". */
  dayIntros: Record<string, string>;
}

/** Export settings as stored, one record per event. */
export interface ExportSettingsRecord extends ExportSettings {
  eventId: string;
  createdAt: number;
  updatedAt: number;
}

/** Title templates used when the person has not written one. */
export const DEFAULT_TITLES: Record<ExportGrouping, string> = {
  day: '{event} - Day {day} Notes',
  talk: '{talk} - {event} Notes',
  event: '{event} Notes',
};

/** What a connected blog sets for an event never exported: its engine, and how its Hugo posts are laid out. */
export type ExportPreset = Partial<Pick<ExportSettings, 'target' | 'hugoLayout'>>;

/** What a new event starts with: Jekyll, one post per day, comments on. */
export function defaultExportSettings(): ExportSettings {
  return {
    target: 'jekyll',
    grouping: 'day',
    hugoLayout: 'bundle',
    titleTemplate: '',
    layout: '',
    tags: [],
    categories: [],
    comments: true,
    author: '',
    description: '',
    extra: [],
    includePrivate: false,
    intro: '',
    dayIntros: {},
  };
}

/** Keys the export writes itself; an extra field may not reuse them. */
export const RESERVED_KEYS = ['title', 'date', 'layout', 'tags', 'categories', 'comments', 'author', 'description', 'draft'];

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Problems with the extra front matter fields, one message per bad row (by index). */
export function checkExtraFields(extra: readonly ExtraField[]): Record<number, string> {
  const problems: Record<number, string> = {};
  const seen = new Set<string>();
  extra.forEach(({ key, value }, i) => {
    const k = key.trim();
    if (!k && !value.trim()) return; // an empty row is ignored
    if (!k) problems[i] = 'Give this value a key, or clear it.';
    else if (!KEY_RE.test(k)) problems[i] = `"${k}" is not a usable key: use letters, digits, - and _, starting with a letter.`;
    else if (RESERVED_KEYS.includes(k)) problems[i] = `"${k}" is already set by the export; use the field above instead.`;
    else if (seen.has(k)) problems[i] = `"${k}" is used twice.`;
    seen.add(k);
  });
  return problems;
}

/** Splits "aws, serverless , ci/cd" into ["aws", "serverless", "ci/cd"]. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
