// What a draft left by a closed page becomes when the app next starts.
import type { DraftRecord, NoteRecord } from './types';

/** The line a recovered draft is added under when the notes changed elsewhere meanwhile. */
export const RECOVERED_DIVIDER = '---- Typed in a tab that closed before it could save ----';

/** The notes as they are, then the draft under a line saying where it came from. */
export function appendRecovered(notes: string, draft: string): string {
  return `${notes.trimEnd()}\n\n${RECOVERED_DIVIDER}\n\n${draft}`;
}

/**
 * What to do with a draft left by a page that closed: drop it, or save `text` as the notes
 * (`merged`: the notes as saved elsewhere, with the draft added under them).
 */
export type DraftOutcome = { kind: 'drop' } | { kind: 'save'; text: string; merged: boolean };

/**
 * Decides what a leftover draft becomes. A draft exists only while its save has not committed, so
 * notes still at the draft's base revision (or at one its own editor saved) simply take the draft;
 * notes changed elsewhere since stay as they are, with the draft added at the end (they may be
 * newer than the draft: it can be days old); notes already equal to the draft, or a deleted talk,
 * leave nothing to do.
 */
export function resolveDraft(draft: DraftRecord, note: NoteRecord | undefined, talkExists: boolean): DraftOutcome {
  if (!talkExists) return { kind: 'drop' };
  const saved = note?.text ?? '';
  if (saved === draft.text) return { kind: 'drop' };
  const revision = note?.revision ?? '';
  // Notes emptied elsewhere take the draft as they are: nothing of theirs would be kept by merging.
  if (revision === draft.basedOn || draft.own.includes(revision) || saved === '') return { kind: 'save', text: draft.text, merged: false };
  return { kind: 'save', text: appendRecovered(saved, draft.text), merged: true };
}
