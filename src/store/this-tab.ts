// What this page load has started writing and not yet seen commit. A draft written as the page
// is hidden must say which note saves were still in flight, so that when the page dies the draft
// is not mistaken for text that conflicts with its own last save.

let counter = 0;
/** A new revision id: different for every save, in every tab. */
export const newRevision = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** This page load's id, stored with its drafts. */
export const TAB = newRevision();

const inFlight = new Map<string, Set<string>>();

/** Records a note save of a talk that has started; returns the function to call once it has settled. */
export function startedSave(talkId: string, revision: string): () => void {
  const revisions = inFlight.get(talkId) ?? new Set<string>();
  revisions.add(revision);
  inFlight.set(talkId, revisions);
  return () => {
    revisions.delete(revision);
    if (!revisions.size && inFlight.get(talkId) === revisions) inFlight.delete(talkId);
  };
}

/** Revisions of a talk's notes this page has started saving and not yet seen settle. */
export function savesInFlight(talkId: string): string[] {
  return [...(inFlight.get(talkId) ?? [])];
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
