// A note save and a draft, each with this tab's draft bookkeeping around the plain store write.
import type { NoteRecord } from '../model/types';
import { saveDraft, type DraftTarget } from '../store/draft-store';
import { saveNote, type NoteTarget } from '../store/note-store';
import type { TalknotesDatabase } from '../store/schema';
import type { Tab } from './tab';

/**
 * Saves a talk's notes (see saveNote); when this tab wrote drafts of the talk, the save deletes
 * them in its transaction, and the tab forgets them once it committed.
 */
export async function saveNoteFromTab(db: TalknotesDatabase, tab: Tab, target: Omit<NoteTarget, 'draftOf'>, text: string): Promise<NoteRecord> {
  const seen = tab.draftsWritten(target.talkId);
  const saved = await saveNote(db, seen ? { ...target, draftOf: tab.id } : target, text);
  tab.clearedDrafts(target.talkId, seen);
  return saved;
}

/** Writes this tab's draft of a talk (see saveDraft), its lock asked for first. */
export function saveDraftFromTab(db: TalknotesDatabase, tab: Tab, target: Omit<DraftTarget, 'tab'>, text: string): Promise<void> {
  tab.wroteDraft(target.talkId);
  return saveDraft(db, { ...target, tab: tab.id }, text);
}
