// What a draft left by a closed page becomes when the app next starts.
import { keepBoth } from './conflicts';
import type { DraftRecord, NoteRecord } from './types';

/**
 * What to do with a draft left by a page that closed: drop it, or save `text` as the notes
 * (`merged`: the draft and the notes saved elsewhere, one under the other).
 */
export type DraftOutcome = { kind: 'drop' } | { kind: 'save'; text: string; merged: boolean };

/**
 * Decides what a leftover draft becomes. A draft exists only while its save has not committed, so
 * notes still at the draft's base revision (or at one its own page saved) simply take the draft;
 * notes changed elsewhere since keep both texts; notes already equal to the draft, or a deleted
 * talk, leave nothing to do.
 */
export function resolveDraft(draft: DraftRecord, note: NoteRecord | undefined, talkExists: boolean): DraftOutcome {
  if (!talkExists) return { kind: 'drop' };
  const saved = note?.text ?? '';
  if (saved === draft.text) return { kind: 'drop' };
  const revision = note?.revision ?? '';
  // Notes emptied elsewhere take the draft as they are: nothing of theirs would be kept by merging.
  if (revision === draft.basedOn || draft.own.includes(revision) || saved === '') return { kind: 'save', text: draft.text, merged: false };
  return { kind: 'save', text: keepBoth(draft.text, saved), merged: true };
}
