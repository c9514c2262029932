// Slide photos in the notes: each is referenced where it belongs as ![caption](photo:<id>).
// Moving the reference moves the photo; deleting it leaves the photo unused.

/** A photo as the export and the preview need it (bytes stay in the store). */
export interface PhotoInfo {
  id: string;
  type: string;
  width: number;
  height: number;
}

/** A reference to a photo in the notes, with where it stands. */
export interface PhotoRef {
  id: string;
  caption: string;
  /** Offsets of the whole `![caption](photo:id)` in the notes. */
  start: number;
  end: number;
}

const REF = /!\[([^\]\n]*)\]\(photo:([0-9a-f-]{36})\)/g;

/** The reference text for a photo, placed in the notes. */
export function photoMarkdown(id: string, caption = ''): string {
  return `![${caption.replace(/[[\]\n]/g, ' ').trim()}](photo:${id})`;
}

/** Every photo reference in the notes, in order. */
export function findPhotoRefs(notes: string): PhotoRef[] {
  return [...notes.matchAll(REF)].map((m) => ({
    id: m[2] ?? '',
    caption: m[1] ?? '',
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** The notes with each photo reference replaced by what `replace` returns for it. */
export function replacePhotoRefs(notes: string, replace: (ref: PhotoRef) => string): string {
  let out = '';
  let at = 0;
  for (const ref of findPhotoRefs(notes)) {
    out += notes.slice(at, ref.start) + replace(ref);
    at = ref.end;
  }
  return out + notes.slice(at);
}

/** Splits notes into the person's text and photo references, in order (for escaping text only). */
export function splitAtPhotoRefs(notes: string): ({ text: string } | { ref: PhotoRef })[] {
  const parts: ({ text: string } | { ref: PhotoRef })[] = [];
  let at = 0;
  for (const ref of findPhotoRefs(notes)) {
    if (ref.start > at) parts.push({ text: notes.slice(at, ref.start) });
    parts.push({ ref });
    at = ref.end;
  }
  if (at < notes.length) parts.push({ text: notes.slice(at) });
  return parts;
}

/** The notes without any reference to this photo (a line left empty by it goes too). */
export function removePhotoRefs(notes: string, id: string): string {
  return (
    replacePhotoRefs(notes, (ref) => (ref.id === id ? '\u0000' : notes.slice(ref.start, ref.end)))
      // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the mark this function itself put where a reference was
      .replace(/^[ \t]*\u0000[ \t]*\n/gm, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the same mark, anywhere else on a line
      .replace(/\u0000/g, '')
  );
}

/** The notes with this photo's caption changed everywhere it is referenced. */
export function setPhotoCaption(notes: string, id: string, caption: string): string {
  return replacePhotoRefs(notes, (ref) => (ref.id === id ? photoMarkdown(id, caption) : notes.slice(ref.start, ref.end)));
}

/** Inserts text at the cursor as its own paragraph: blank lines around it where needed. */
export function insertBlock(notes: string, at: number, block: string): { text: string; cursor: number } {
  const before = notes.slice(0, at);
  const after = notes.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const text = `${before}${lead}${block}${trail}${after}`;
  return { text, cursor: before.length + lead.length + block.length + trail.length };
}
