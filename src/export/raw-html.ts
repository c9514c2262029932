// Raw HTML in notes: Hugo's default (markup.goldmark.renderer.unsafe: false) leaves it out of the
// page, so the pre-publish check names it, with the setting that keeps it.

import { notesReader } from './notes-reader';

// An HTML tag, end tag or comment; an autolink (<https://…>, <name@host>) is none.
const TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g;

/** The kinds of HTML tag in the notes as typed ("<br />", "<kbd>"), each once: the HTML the preview reads, never code. */
export function rawHtml(markdown: string): string[] {
  const found = new Set<string>();
  // The reader's HTML pieces are exactly what Hugo's preview leaves out (notes-html.ts).
  const reader = notesReader();
  reader.walkTokens(reader.lexer(markdown), (token) => {
    if (token.type !== 'html') return;
    for (const tag of token.raw.match(TAG) ?? []) {
      const shown = named(tag);
      if (shown) found.add(shown);
    }
  });
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
