// "Get this slide later" placeholders: `<< … >>` in the notes, as people write them by hand
// ("<< get image from PPT >>"), until a photo or a link replaces them.

const PLACEHOLDER = /<<[ \t]*([^<>\n]*?)[ \t]*>>/g;
const FENCE = /^\s*(```|~~~)/;

/** One open placeholder: its 1-based line in the notes and what it says. */
export interface Placeholder {
  line: number;
  text: string;
}

/** Every placeholder in a talk's notes, in order; code blocks (where `<<` is a heredoc) are skipped. */
export function findPlaceholders(notes: string): Placeholder[] {
  const found: Placeholder[] = [];
  let inCode = false;
  notes.split('\n').forEach((line, i) => {
    if (FENCE.test(line)) inCode = !inCode;
    else if (!inCode) for (const m of line.matchAll(PLACEHOLDER)) found.push({ line: i + 1, text: m[1] ?? '' });
  });
  return found;
}

/**
 * The notes with a placeholder replaced: the one saying `text` nearest to `line` (the notes may
 * have changed since it was listed). Null when no such placeholder is left.
 */
export function replacePlaceholder(notes: string, target: Placeholder, replacement: string): string | null {
  const candidates = findPlaceholders(notes).filter((p) => p.text === target.text);
  if (!candidates.length) return null;
  const nearest = candidates.reduce((a, b) => (Math.abs(b.line - target.line) < Math.abs(a.line - target.line) ? b : a));
  const lines = notes.split('\n');
  const index = nearest.line - 1;
  let done = false;
  lines[index] = (lines[index] ?? '').replace(PLACEHOLDER, (match, text: string) => {
    if (done || text !== target.text) return match;
    done = true;
    return replacement;
  });
  return lines.join('\n');
}
