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

/**
 * How big a photo is stored: the long edge at most `maxEdge`, the area at most `maxArea` (iOS
 * canvases), aspect ratio kept, never enlarged.
 */
export function fitWithin(width: number, height: number, maxEdge: number, maxArea = MAX_CANVAS_AREA): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height), Math.sqrt(maxArea / (width * height)));
  if (scale >= 1) return { width, height };
  const round = (n: number) => Math.max(1, Math.round(n));
  const fit = { width: round(width * scale), height: round(height * scale) };
  // Rounding up may cross the area limit by a pixel row: then round down instead.
  if (fit.width * fit.height <= maxArea) return fit;
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

/** iOS Safari refuses canvases over 16,777,216 pixels (4096 × 4096). */
export const MAX_CANVAS_AREA = 16_777_216;

/**
 * The canvas sizes to draw through, from the source down to the target: halving each step keeps
 * the downscale sharp, and no step exceeds `maxArea`. The first step may already be smaller than
 * the source (the browser decodes straight to it); the last is the target.
 */
export function resizeSteps(
  source: { width: number; height: number },
  target: { width: number; height: number },
  maxArea = MAX_CANVAS_AREA,
): { width: number; height: number }[] {
  const steps: { width: number; height: number }[] = [];
  let { width, height } = source;
  while (width / 2 >= target.width && height / 2 >= target.height && width > target.width * 2) {
    width = Math.round(width / 2);
    height = Math.round(height / 2);
    steps.push({ width, height });
  }
  // The first canvas must fit the area limit too: shrink it (keeping the ratio) until it does.
  const first = steps[0] ?? target;
  if (first.width * first.height > maxArea) {
    const scale = Math.sqrt(maxArea / (first.width * first.height));
    steps[0] = { width: Math.floor(first.width * scale), height: Math.floor(first.height * scale) };
  }
  const last = steps.at(-1);
  if (!last || last.width !== target.width || last.height !== target.height) steps.push(target);
  return steps;
}
