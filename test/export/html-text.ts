// Reading built HTML as a person reads the page: text without tags, entities decoded, and the
// typography that Markdown renderers add (curly quotes, dashes, « ») turned back into what was typed.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/** The text of an HTML fragment: block elements become line breaks, entities are decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(p|li|ul|ol|h[1-6]|pre|div|blockquote|br|hr|tr|table)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
      if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? m;
    });
  return normaliseTypography(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n');
}

/** Undoes smart typography so rendered text can be compared with what was typed. */
export function normaliseTypography(text: string): string {
  return text
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/«/g, '<<')
    .replace(/»/g, '>>')
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/\u00a0/g, ' ');
}

/** The lines of Markdown notes as they read on the page: markers, link targets and emphasis removed. */
export function visibleLines(markdown: string): string[] {
  const lines: string[] = [];
  let inCode = false;
  for (const raw of markdown.split('\n')) {
    if (/^\s*```/.test(raw)) {
      inCode = !inCode;
      continue;
    }
    let line = raw;
    if (!inCode) {
      if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) continue; // a rule
      line = line
        .replace(/^\s*([*+-]|\d+\.|>|#{1,6})\s+/, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // an image shows no text
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|__|`/g, '');
    }
    line = normaliseTypography(line)
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (line) lines.push(line);
  }
  return lines;
}
