// "Get this slide later" placeholders: `<< … >>` in the notes, as people write them by hand
// ("<< get image from PPT >>"), until a photo or a link replaces them.

const PLACEHOLDER = /<<\s*([^<>\n]*?)\s*>>/g;

/** One open placeholder: its 1-based line in the notes and what it says. */
export interface Placeholder {
  line: number;
  text: string;
}

/** Every placeholder in a talk's notes, in order. */
export function findPlaceholders(notes: string): Placeholder[] {
  const found: Placeholder[] = [];
  notes.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(PLACEHOLDER)) found.push({ line: i + 1, text: m[1] ?? '' });
  });
  return found;
}

/** The notes with the `n`-th placeholder (0-based, in order) replaced by `replacement`. */
export function replacePlaceholder(notes: string, n: number, replacement: string): string {
  let seen = -1;
  return notes.replace(PLACEHOLDER, (match) => (++seen === n ? replacement : match));
}
