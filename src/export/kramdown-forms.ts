// Notes as Jekyll's kramdown reads what was meant. Where kramdown (with GFM input) would lose it,
// the export writes the form that survives, and nothing else changes:
//   - a bare address (https://…, www.…, name@host) is not a link there: it is written <https://…>;
//   - "1)" does not start a list there: it is written "1.";
//   - a list starting at 3 is numbered from 1 there: it gets kramdown's {: start="3"}.
// Code (fenced, indented, or in backticks) and lines of HTML are never touched.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])([ \t]+|$)/;
const BULLET = /^ {0,3}[*+-]([ \t]+|$)/;
// A bare address as GFM links it: after the start, a space, or one of * _ ~ (, never after "](" or
// inside <…>; its trailing punctuation is not part of it.
const BARE = /(^|[\s*_~]|(?<!\])\()((?:https?:\/\/|www\.)[^\s<>]*[^\s<>?!.,:;*_~'")\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w@]))/g;

/** The notes with bare addresses, "1)" lists and list starts written as kramdown reads them. */
export function kramdownForms(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence = '';
  let list: { start: number; last: number } | null = null; // the top-level ordered list being read
  const closeList = () => {
    if (list && list.start !== 1) out.splice(list.last + 1, 0, `{: start="${list.start}"}`);
    list = null;
  };
  for (const [i, line] of lines.entries()) {
    const open = FENCE.exec(line)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length && line.trim() === open) fence = '';
      out.push(line);
      continue;
    }
    if (open) {
      closeList();
      fence = open;
      out.push(line);
      continue;
    }
    const blank = !line.trim();
    const indented = /^( {4}|\t)/.test(line);
    const ordered = ORDERED.exec(line);
    const afterBlank = i === 0 || !lines[i - 1]?.trim();
    // A list goes on through blank lines, indented lines, its own items and lazy lines right after
    // one of its lines; a bullet, or unindented text after a blank line, ends it.
    if (list && !(blank || indented || ordered || (!afterBlank && !BULLET.test(line)))) closeList();
    if (ordered && !list && afterBlank) list = { start: Number(ordered[2]), last: out.length };
    // Indented code, and lines of HTML (whose content kramdown does not read as Markdown), stay as typed.
    let written = (indented && !list) || /^ {0,3}<[A-Za-z!/]/.test(line) ? line : linkBare(line);
    if (ordered) written = written.replace(ORDERED, (_m, indent: string, n: string, _d: string, space: string) => `${indent}${n}.${space}`);
    out.push(written);
    if (list && !blank) list.last = out.length - 1;
  }
  closeList();
  return out.join('\n');
}

// Bare addresses outside code spans made links kramdown reads: <https://…>, <name@host>, and for
// www.… (which needs a scheme) [www.…](http://www.…).
function linkBare(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 ? part : part.replace(BARE, (_m, before: string, address: string) => `${before}${autolink(address)}`)))
    .join('');
}

function autolink(address: string): string {
  if (address.startsWith('www.')) return `[${address}](http://${address})`;
  return `<${address}>`;
}
