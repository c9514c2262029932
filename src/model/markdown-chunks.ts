// Long notes split into pieces of Markdown that render the same one at a time as all together, so
// a preview can re-render only the piece that changed instead of all 50 KB at every pause.

// Text these rules cannot cut safely: reference link definitions (used anywhere in the text) and
// the HTML blocks that may span blank lines. Such notes render in one piece.
const UNCUTTABLE = /^ {0,3}(\[[^\]\n]+\]:|<(?:pre|script|style|textarea|!--|\?|!\[CDATA\[|![A-Za-z]))/im;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])(\s|$)/;
const HEADING = /^#{1,6}(\s|$)/;
const UNDERLINE = /^(=+|-+)\s*$/;
// A definition (": …") belongs to the term above it, even across a blank line.
const DEFINITION = /^:[ \t]/;

// Pieces end at content-chosen lines (about one line in eight), not every N lines: a line typed
// near the top then changes one piece, not the cut of every piece after it.
function cutsHere(line: string): boolean {
  let hash = 0;
  for (let i = 0; i < line.length; i++) hash = (hash * 31 + line.charCodeAt(i)) | 0;
  return (hash & 7) === 0;
}

// A piece may begin at line i only where the line starts a block of its own whatever came before:
// after a blank line, or a list item or heading at the left edge (never a paragraph's
// continuation, a setext underline, a definition, or the next line of a block quote).
function canStart(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  const before = lines[i - 1] ?? '';
  if (!/^\S/.test(line) || UNDERLINE.test(line) || DEFINITION.test(line)) return false;
  if (!before.trim()) {
    // Items with blank lines between make one loose list (items as paragraphs): kept together.
    let k = i - 1;
    while (k > 0 && !(lines[k] ?? '').trim()) k--;
    const last = lines[k] ?? '';
    return !(LIST_ITEM.test(line) && (LIST_ITEM.test(last) || /^\s/.test(last)));
  }
  if (HEADING.test(line) || FENCE.test(line)) return true;
  // An ordered item other than "1." cannot interrupt a paragraph: it would be part of it.
  return LIST_ITEM.test(line) && (LIST_ITEM.test(before) || /^\s/.test(before) || /^([-*+]|1[.)])/.test(line));
}

/** The Markdown cut into pieces that render alike separately; joined with "\n" they are the text. */
export function markdownChunks(markdown: string): string[] {
  if (UNCUTTABLE.test(markdown)) return [markdown];
  const lines = markdown.split('\n');
  const chunks: string[] = [];
  let start = 0;
  let fence = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = FENCE.exec(line)?.[1] ?? '';
    if (fence) {
      // Inside fenced code nothing is cut; the fence closes with the same character, as long or longer.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length).trim()) fence = '';
      continue;
    }
    if (i > start && canStart(lines, i) && (!(lines[i - 1] ?? '').trim() || cutsHere(line) || i - start >= 64)) {
      chunks.push(lines.slice(start, i).join('\n'));
      start = i;
    }
    if (marker) fence = marker;
  }
  chunks.push(lines.slice(start).join('\n'));
  return chunks;
}
