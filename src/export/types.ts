// What goes into an export and what comes out.
import type { EventRecord, TalkRecord } from '../model/types';

/** A photo's bytes as the export needs them. */
export interface ExportPhoto {
  type: string;
  bytes: Uint8Array;
  /** The photo's number within its talk, kept for good (it names the file). */
  number: number;
}

/** An event with its talks, their notes (by talk id) and photos (by photo id). */
export interface ExportSource {
  event: EventRecord;
  talks: TalkRecord[];
  notes: Record<string, string>;
  photos?: Record<string, ExportPhoto>;
}

/** Things the export needs from the device, passed in so the code stays pure and testable. */
export interface ExportContext {
  /** IANA zone used when the event has none set. */
  deviceTimeZone: string;
  /** The current instant (epoch ms), for the future-date check. */
  now: number;
}

/** One file of the export, at its place in the blog repository. */
export interface ExportFile {
  path: string;
  text: string;
}

/** An image of the export, at its place in the blog repository. */
export interface ExportAsset {
  path: string;
  type: string;
  bytes: Uint8Array;
}

/** Kinds of problem the pre-publish check reports. */
export type ProblemKind =
  | 'future-date'
  | 'placeholder'
  | 'empty-talk'
  | 'duplicate-name'
  | 'no-day'
  | 'nothing'
  | 'missing-photo'
  | 'open-code-block'
  | 'duplicate-label'
  | 'raw-html';

/** Something to look at before publishing, with how to fix it. */
export interface ExportProblem {
  kind: ProblemKind;
  message: string;
  hint: string;
}

/** A planned post: which talks it holds, its title, date and file. */
export interface PlannedPost {
  title: string;
  /** "YYYY-MM-DD" and "HH:MM" in the event's time zone. */
  date: string;
  time: string;
  /** The day's number in the event for day posts (and talk posts), else null. */
  dayNumber: number | null;
  /** Talks by day: one group for day and talk posts, every day for the event post. */
  days: { date: string; dayNumber: number | null; talks: TalkRecord[] }[];
  /** Path of the Markdown file in the repository. */
  path: string;
  /** What a cross-link names: Jekyll post_url id or Hugo relref path. */
  linkId: string;
  /** The post's name in paths: Jekyll's date-slug, Hugo's slug. */
  stem: string;
}

/** The files to write and the problems found on the way. */
export interface ExportResult {
  posts: PlannedPost[];
  files: ExportFile[];
  assets: ExportAsset[];
  problems: ExportProblem[];
}
