// Notes written in the form the blog's engine reads as meant. Where it would lose what was meant,
// the export writes the form that survives, and nothing else changes:
//   - an address the preview links (https://…, www.…, name@host) is plain text in kramdown, and
//     Hugo's goldmark reads some otherwise (a closing quote taken into it, https:// for www.): it is
//     written <https://…>, [www.…](http://www.…), <name@host>, which both read alike.
// In Jekyll's kramdown (GFM input) also:
//   - "1)" does not start a list there: it is written "1.";
//   - a list starting at 3 is numbered from 1 there: it gets kramdown's {: start="3"};
//   - a line of a paragraph starting "2009." starts a list there: it is written "2009\.";
//   - a "|" in a paragraph makes it a table there: it is written "\|".
// The notes are read with marked, the preview's own reader, so exactly the addresses the preview
// links are rewritten, and never text inside code, link text or titles, images or HTML. Where the
// reader's pieces cannot be placed back in the text, that part is left as typed.
import type { Token, Tokens } from 'marked';
import type { ExportTarget } from '../model/export-settings';
import { notesReader } from './notes-reader';

interface Edit {
  at: number;
  length: number;
  text: string;
}

/** Maps an offset in the text a token list was read from to the offset in the notes, or null. */
type Place = (offset: number) => number | null;

/** What the blog's engine reads of notes: bare addresses as links; for Jekyll, kramdown's own rules. */
interface Reading {
  source: string;
  kramdown: boolean;
}

// Reading notes is the export's dearest step, and the Export screen makes its posts again at every
// key typed in its settings: each notes text is read once per target while it is among the last read.
const done = new Map<string, string>();
const DONE_CHARACTERS = 4_000_000;
let doneCharacters = 0;

/** The notes with what `target`'s engine would misread written as it reads it. */
export function blogForms(markdown: string, target: ExportTarget): string {
  const key = `${target}\n${markdown}`;
  const known = done.get(key);
  if (known !== undefined) return known;
  const out = rewrite(markdown, target);
  done.set(key, out);
  doneCharacters += key.length + out.length;
  for (const [oldest, value] of done) {
    if (doneCharacters <= DONE_CHARACTERS) break;
    done.delete(oldest);
    doneCharacters -= oldest.length + value.length;
  }
  return out;
}

function rewrite(markdown: string, target: ExportTarget): string {
  const reading: Reading = { source: markdown, kramdown: target === 'jekyll' };
  const edits: Edit[] = [];
  // (marked-footnote puts a token for the footnotes' section first: it is no text of the notes.)
  const tokens = notesReader()
    .lexer(markdown)
    .filter((t) => t.type !== 'footnotes');
  blocks(tokens, markdown, (i) => i, edits, reading);
  let out = markdown;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.text + out.slice(edit.at + edit.length);
  return out;
}

// The blocks of `text` (read as `tokens`): their pieces' edits, placed in the notes by `place`.
function blocks(tokens: Token[], text: string, place: Place, edits: Edit[], reading: Reading): void {
  if (
    tokens.map((t) => t.raw).join('') !==
    text.slice(
      0,
      tokens.reduce((n, t) => n + t.raw.length, 0),
    )
  )
    return;
  let at = 0;
  for (const token of tokens) {
    const start = at;
    at += token.raw.length;
    const inner = (offset: number) => place(start + offset);
    switch (token.type) {
      case 'paragraph':
      case 'text':
        inline(token.tokens ?? [], token.raw, 0, inner, edits, reading.kramdown);
        if (reading.kramdown) listTrap(token.raw, inner, edits);
        break;
      case 'footnote': {
        // (Its content starts with an empty line that is not in the text.)
        const content = ((token as Tokens.Generic).content as Token[]).filter((t, i) => i > 0 || t.type !== 'space');
        const innerText = content.map((t) => t.raw).join('');
        blocks(content, innerText, aligned(innerText, token.raw, inner), edits, reading);
        break;
      }
      case 'table':
        table(token as Tokens.Table, inner, edits);
        break;
      case 'heading':
        inline(token.tokens ?? [], token.raw, token.raw.indexOf(token.text), inner, edits, false);
        break;
      case 'blockquote':
      case 'list_item':
        blocks(token.tokens ?? [], token.text, aligned(token.text, token.raw, inner), edits, reading);
        break;
      case 'list':
        list(token as Tokens.List, inner, edits, reading);
        break;
      default: // code, HTML, rules, link definitions: as typed
    }
  }
}

function list(token: Tokens.List, place: Place, edits: Edit[], reading: Reading): void {
  let at = 0;
  for (const item of token.items) {
    const start = at;
    at += item.raw.length;
    const marker = reading.kramdown ? /^( {0,3})(\d{1,9})\)/.exec(item.raw) : null;
    const dot = marker ? place(start + (marker[1]?.length ?? 0) + (marker[2]?.length ?? 0)) : null;
    if (dot !== null) edits.push({ at: dot, length: 1, text: '.' });
    blocks(
      item.tokens,
      item.text,
      aligned(item.text, item.raw, (offset) => place(start + offset)),
      edits,
      reading,
    );
  }
  const start = Number(token.start);
  const first = place(0);
  const end = place(token.raw.replace(/\n+$/, '').length);
  if (reading.kramdown && token.ordered && Number.isInteger(start) && start !== 1 && first !== null && end !== null) {
    // The {: start} line stands where the list's first marker stands: inside a quote ("> "), or
    // indented as a nested list is.
    const lineStart = reading.source.lastIndexOf('\n', first - 1) + 1;
    const prefix = /^[ \t>]*/.exec(reading.source.slice(lineStart, first))?.[0] ?? '';
    edits.push({ at: end, length: 0, text: `\n${prefix}{: start="${start}"}` });
  }
}

// A table's cells: each row is a line; a cell's text is found in its line, after the last one.
function table(token: Tokens.Table, place: Place, edits: Edit[]): void {
  const lines = token.raw.split('\n');
  const rows = [token.header, ...token.rows];
  let lineStart = 0;
  for (const [i, line] of lines.entries()) {
    const cells = i === 0 ? rows[0] : i >= 2 ? rows[i - 1] : undefined; // line 1 is the |---| line
    let cursor = 0;
    for (const cell of cells ?? []) {
      const at = line.indexOf(cell.text, cursor);
      if (at < 0) break;
      const from = lineStart;
      inline(cell.tokens, line, at, (offset) => place(from + offset), edits, false);
      cursor = at + cell.text.length;
    }
    lineStart += line.length + 1;
  }
}

// The pieces of a paragraph, heading or list text, from `offset` in `raw`: addresses made links
// both engines read alike, and (`pipes`: kramdown's paragraphs) pipes escaped.
function inline(tokens: Token[], raw: string, offset: number, place: Place, edits: Edit[], pipes: boolean): void {
  const found: Edit[] = [];
  let at = offset;
  for (const token of tokens) {
    const start = at;
    at += token.raw.length;
    const where = place(start);
    if (token.type === 'link' && !/^[<[!]/.test(token.raw)) {
      const link = autolink(token.raw, token.href);
      if (link && where !== null) found.push({ at: where, length: token.raw.length, text: link });
    } else if (token.type === 'strong' || token.type === 'em' || token.type === 'del') {
      inline(token.tokens ?? [], raw, start + token.raw.indexOf(token.text), place, found, pipes);
    } else if (pipes && token.type === 'text') {
      for (const pipe of token.raw.matchAll(/(?<!\\)\|/g)) {
        const spot = place(start + pipe.index);
        if (spot !== null) found.push({ at: spot, length: 0, text: '\\' });
      }
    }
  }
  // Only when the pieces are the text, in order, is each one where it is thought to be.
  if (raw.slice(offset, at) === tokens.map((t) => t.raw).join('')) edits.push(...found);
}

// An address as both engines link it; "" for an e-mail address kramdown would not take (a "+").
function autolink(raw: string, href: string): string {
  if (href.startsWith('mailto:')) return /^[\w.-]+@[\w-]+(\.[\w-]+)+$/.test(raw) ? `<${raw}>` : '';
  // A www. address needs a scheme: a link whose text is the address as typed, escaped so that
  // kramdown neither typesets (--) nor emphasises (_x_) any of it.
  if (raw.startsWith('www.')) return `[${raw.replace(/[\\`*_{}[\]()#+\-!|<>$]/g, '\\$&')}](${href})`;
  return `<${raw}>`;
}

// kramdown starts a list at any "2009. " line, even inside a paragraph; CommonMark (the preview,
// Hugo) only at "1.". Such a line's dot is escaped.
function listTrap(raw: string, place: Place, edits: Edit[]): void {
  let at = 0;
  for (const [i, line] of raw.split('\n').entries()) {
    const number = i > 0 ? /^ {0,3}(\d{1,9})\.(?=[ \t])/.exec(line) : null;
    const dot = number ? place(at + number[0].length - 1) : null;
    if (dot !== null) edits.push({ at: dot, length: 0, text: '\\' });
    at += line.length + 1;
  }
}

// Places offsets of `inner` (a quote's or list item's text, its markers taken off each line) in
// `outer` (the same lines with their markers), line by line; null where a line cannot be matched.
function aligned(inner: string, outer: string, place: Place): Place {
  const innerLines = inner.split('\n');
  const outerLines = outer.split('\n');
  const starts: (number | null)[] = [];
  let outerAt = 0;
  let k = 0;
  for (const line of innerLines) {
    // Each inner line is the end of an outer line, in order.
    while (k < outerLines.length && !(outerLines[k] ?? '').endsWith(line)) outerAt += (outerLines[k++] ?? '').length + 1;
    const outerLine = outerLines[k];
    starts.push(outerLine === undefined ? null : outerAt + outerLine.length - line.length);
    if (outerLine !== undefined) outerAt += outerLine.length + 1;
    k++;
  }
  return (offset) => {
    let lineStart = 0;
    for (const [i, line] of innerLines.entries()) {
      if (offset <= lineStart + line.length) {
        const start = starts[i];
        return start === null || start === undefined ? null : place(start + offset - lineStart);
      }
      lineStart += line.length + 1;
    }
    return null;
  };
}
