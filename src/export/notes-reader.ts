// How the export reads notes: with marked and marked-footnote, as the preview does (footnotes are
// blocks of their own there, and their text is read too).
import { Marked } from 'marked';
import markedFootnote from 'marked-footnote';

/** A fresh reader of notes: marked-footnote keeps what it read until a whole parse ends, so one per read. */
export function notesReader(): Marked {
  return new Marked({ gfm: true }, markedFootnote());
}
