// What this page load wrote: its id, the note revisions it saved lately, and its drafts. Text
// found at one of its own revisions was not changed elsewhere, so saving over it is no conflict.

let counter = 0;
/** A new revision id: different for every save, in every tab. */
export const newRevision = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** This page load's id, stored with its drafts. */
export const TAB = newRevision();

// The last few revisions of each talk's notes this page started saving. Two saves of one editor
// may overlap (a flush while a save runs), both typed over the same revision; finding the other's
// revision in the notes is no conflict: it is this same editor's older text.
const recent = new Map<string, string[]>();
const KEEP = 8;

/** Records that this page started saving the talk's notes at `revision`. */
export function startedSave(talkId: string, revision: string): void {
  recent.set(talkId, [...(recent.get(talkId) ?? []).slice(1 - KEEP), revision]);
}

/** The revisions of a talk's notes this page saved lately (committed or still in flight). */
export function ownRevisions(talkId: string): string[] {
  return recent.get(talkId) ?? [];
}

// How many drafts this page has written per talk; a committed note save clears them only when no
// newer draft was written after it started.
const drafts = new Map<string, number>();

/** Records that this page wrote a draft of a talk. */
export function wroteDraft(talkId: string): void {
  drafts.set(talkId, (drafts.get(talkId) ?? 0) + 1);
}

/** How many drafts of the talk this page has written and not seen cleared (0: none to delete). */
export function draftsWritten(talkId: string): number {
  return drafts.get(talkId) ?? 0;
}

/** Forgets the drafts of a talk once a save that deleted them committed, if none came after it. */
export function clearedDrafts(talkId: string, seen: number): void {
  if (drafts.get(talkId) === seen) drafts.delete(talkId);
}
