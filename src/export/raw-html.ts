// Raw HTML in notes: Hugo's default (markup.goldmark.renderer.unsafe: false) leaves it out of the
// page, so the pre-publish check names it, with the setting that keeps it.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// An HTML tag, end tag or comment; an autolink (<https://…>, <name@host>) is none.
const TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g;

/** The kinds of HTML tag in the notes, outside code, as typed ("<br />", "<kbd>"), each once. */
export function rawHtml(markdown: string): string[] {
  const found = new Set<string>();
  let fence = '';
  let previousBlank = true;
  for (const line of markdown.split('\n')) {
    const open = FENCE.exec(line)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length) fence = '';
    } else if (open) fence = open;
    else if (!(previousBlank && /^( {4}|\t)/.test(line))) {
      for (const part of line.split(/`+[^`]*`+/)) {
        for (const tag of part.match(TAG) ?? []) {
          const shown = named(tag);
          if (shown) found.add(shown);
        }
      }
    }
    previousBlank = !line.trim();
  }
  return [...found];
}

// "<span class="x">" → "<span …>", "<br />" as typed; end tags go unnamed, and so do comments
// (a comment is a note to self: that Hugo leaves it out is as well).
function named(tag: string): string {
  if (tag.startsWith('<!--')) return '';
  const m = /^<(\/?)([A-Za-z][\w-]*)(\s[^>]*?)?(\/?)>$/.exec(tag);
  if (!m || m[1]) return '';
  const attributes = (m[3] ?? '').trim() ? ' …' : (m[3] ?? '') ? ' ' : '';
  return `<${m[2]}${attributes}${m[4]}>`;
}
