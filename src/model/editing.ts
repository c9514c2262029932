// Text edits of the notes editor as pure functions: quick inserts and list continuation.
// Each takes the text and selection and returns the new text and selection.

/** Text with a selection (start ≤ end, offsets into text). */
export interface Edit {
  text: string;
  start: number;
  end: number;
}

/** What some inserts need to know about the talk. */
export interface InsertContext {
  /** "Tim Wagner", for quotes by the speaker. */
  speaker: string;
  /** Minutes since the talk started, or null when unknown, for time stamps. */
  minutesIn: number | null;
}

/** The quick inserts, by name. */
export type QuickInsert =
  | 'bullet'
  | 'nested-bullet'
  | 'quote'
  | 'link'
  | 'heading'
  | 'takeaway'
  | 'code'
  | 'slide-later'
  | 'action'
  | 'aside'
  | 'speaker-quote'
  | 'time';

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

// Puts `prefix` at the start of the current line (or starts a new line when the line has text
// and the prefix belongs on a line of its own), keeping the selection on the same words.
function prefixLine(edit: Edit, prefix: string): Edit {
  const from = lineStart(edit.text, edit.start);
  const line = edit.text.slice(from, edit.text.indexOf('\n', from) < 0 ? undefined : edit.text.indexOf('\n', from));
  const existing = /^(\s*)([-*+] \[[ xX]\] |[-*+] |\d+\. |> |#{1,6} )?/.exec(line)?.[0] ?? '';
  const text = edit.text.slice(0, from) + prefix + edit.text.slice(from + existing.length);
  const shift = prefix.length - existing.length;
  return { text, start: Math.max(from + prefix.length, edit.start + shift), end: Math.max(from + prefix.length, edit.end + shift) };
}

// Inserts text at the cursor, replacing the selection; `cursorAt` places the cursor inside it.
function insert(edit: Edit, before: string, after = '', newLine = false): Edit {
  const selected = edit.text.slice(edit.start, edit.end);
  // A block insert gets a line of its own: a break before it, and after it when text follows.
  const lead = newLine && edit.start > 0 && edit.text[edit.start - 1] !== '\n' ? '\n' : '';
  const trail = newLine && edit.end < edit.text.length && edit.text[edit.end] !== '\n' ? '\n' : '';
  const text = edit.text.slice(0, edit.start) + lead + before + selected + after + trail + edit.text.slice(edit.end);
  const start = edit.start + lead.length + before.length;
  return { text, start, end: start + selected.length };
}

/** "+12:30": minutes and seconds into the talk, as a stamp. */
export function timeStamp(minutesIn: number): string {
  const seconds = Math.max(0, Math.floor(minutesIn * 60));
  return `+${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Applies one quick insert at the selection. */
export function quickInsert(kind: QuickInsert, edit: Edit, context: InsertContext): Edit {
  switch (kind) {
    case 'bullet':
      return prefixLine(edit, '- ');
    case 'nested-bullet':
      return prefixLine(edit, '  - ');
    case 'quote':
      return prefixLine(edit, '> ');
    case 'heading':
      return prefixLine(edit, '#### ');
    case 'action':
      return prefixLine(edit, '- [ ] ');
    case 'takeaway':
      return insert(edit, '**Key takeaway:** ', '', true);
    case 'link': {
      const selected = edit.text.slice(edit.start, edit.end);
      if (/^https?:\/\/\S+$/.test(selected)) {
        const text = `${edit.text.slice(0, edit.start)}[](${selected})${edit.text.slice(edit.end)}`;
        return { text, start: edit.start + 1, end: edit.start + 1 };
      }
      const inserted = insert(edit, '[', '](https://)');
      // With words selected they become the title and the cursor goes to the address.
      return selected ? { ...inserted, start: inserted.end + 2, end: inserted.end + 10 } : inserted;
    }
    case 'code': {
      const inserted = insert(edit, '```\n', '\n```\n', true);
      return inserted;
    }
    case 'slide-later':
      return insert(edit, '<< get this slide later', ' >>', true);
    case 'aside':
      return insert(edit, '{', '}', true);
    case 'speaker-quote': {
      const by = context.speaker ? ` — ${context.speaker}` : '';
      return insert(prefixLine(edit, '> "'), '', `"${by}`);
    }
    case 'time':
      return insert(edit, context.minutesIn === null ? '' : `${timeStamp(context.minutesIn)} `);
  }
}

/** What a pasted lone web address becomes: a Markdown link titled by its host and path. */
export function linkFromPaste(pasted: string): string | null {
  const url = pasted.trim();
  const m = /^https?:\/\/([^\s/?#]+)([^\s?#]*)[^\s]*$/.exec(url);
  if (!m) return null;
  const title = `${m[1]}${m[2] === '/' ? '' : m[2]}`.replace(/^www\./, '');
  return `[${title}](${url})`;
}

/** A change of a text: the characters from `from` to `to` replaced by `insert` (the cursor goes after it). */
export interface Splice {
  from: number;
  to: number;
  insert: string;
}

/** The text and cursor after `splice`. */
export function applySplice(text: string, splice: Splice): Edit {
  const at = splice.from + splice.insert.length;
  return { text: text.slice(0, splice.from) + splice.insert + text.slice(splice.to), start: at, end: at };
}

/**
 * Enter in a list, as the one change it makes: continues the list ("- ", "* ", "1. " → "2. ",
 * "- [ ] ", "> ", with the same indent), or ends it when the current item is empty (the marker
 * goes, the line stays). Null when the cursor is not in a list item. Only the current line is
 * read, so a keystroke in a long note costs no more than in a short one.
 */
export function listSplice(edit: Edit): Splice | null {
  if (edit.start !== edit.end) return null;
  const from = lineStart(edit.text, edit.start);
  const before = edit.text.slice(from, edit.start);
  const m = /^(\s*)([-*+] \[[ xX]\] |[-*+] |(\d+)\. |> )(.*)$/.exec(before);
  if (!m) return null;
  const [, indent = '', marker = '', number, rest = ''] = m;
  const lineEnd = edit.text.indexOf('\n', edit.start);
  const afterCursor = edit.text.slice(edit.start, lineEnd < 0 ? undefined : lineEnd);
  if (!rest.trim() && !afterCursor.trim()) return { from, to: edit.start, insert: '' };
  const next = number !== undefined ? `${Number(number) + 1}. ` : marker.replace(/\[[xX]\]/, '[ ]');
  return { from: edit.start, to: edit.end, insert: `\n${indent}${next}` };
}

/**
 * The part of a list continuation typed after the line break ("- ", "  2. "), when `splice` is
 * one: the browser's own Enter types the line break and the editor adds this. Null otherwise
 * (the end of a list, or any other change).
 */
export function markerAfterBreak(splice: Splice): string | null {
  return splice.from === splice.to && splice.insert.startsWith('\n') ? splice.insert.slice(1) : null;
}

/** The notes with a key takeaway line added at the end, as its own paragraph. */
export function appendTakeaway(notes: string, takeaway: string): string {
  const body = notes.replace(/\s+$/, '');
  return `${body}${body ? '\n\n' : ''}**Key takeaway:** ${takeaway.trim()}\n`;
}
