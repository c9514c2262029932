// HTML reduced to how it reads: the elements that change what a reader sees or follows, their
// text with whitespace collapsed, and the few attributes that matter (a link's target, an image's
// source and text, a list's start, a box's tick, an abbreviation's meaning). Wrappers, classes,
// ids, highlighting spans and the markup engines give footnotes are left out: they do not change
// the reading.
import { JSDOM } from 'jsdom';

const KEPT = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'del',
  's',
  'a',
  'img',
  'table',
  'tr',
  'th',
  'td',
  'dl',
  'dt',
  'dd',
  'sup',
  'sub',
  'abbr',
  'kbd',
  'hr',
  'br',
  'input',
  'mark',
  'b',
  'i',
  'u',
  'q',
  'details',
  'summary',
]);
const DROPPED = new Set(['script', 'style', 'template']);

/** The reading form of an HTML fragment, one line per block. */
export function readingForm(html: string): string {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  return serialise(document.body)
    .replace(/\s+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n') // a line's leading space (after a break) is not read
    .replace(/(<input[^>]*>) +/g, '$1') // nor the space between a to-do's box and its text
    .replace(/\n{2,}/g, '\n')
    .replace(/ {2,}/g, ' ') // two text pieces meeting (a comment left out between them) read as one space
    .replace(/<(li|dd)><p>((?:(?!<\/?p>)[\s\S])*)<\/p><\/\1>/g, '<$1>$2</$1>') // a loose item's one paragraph: the same words
    .trim()
    .replaceAll(PRE_NEWLINE, '\n') // code keeps every line, blank and indented ones too
    .replaceAll(PRE_SPACE, ' ');
}

// Stands for a line break inside <pre> while the rest is tidied, so code keeps its lines.
const PRE_NEWLINE = '\u0000';
const PRE_SPACE = '\u0001';

function serialise(node: Node): string {
  let out = '';
  for (const child of node.childNodes) out += serialiseNode(child);
  return out;
}

function serialiseNode(node: Node): string {
  if (node.nodeType === 3) {
    const pre = node.parentElement?.closest('pre');
    // Escaped, so that text reading "<em>" is never taken for the element; whitespace kept in code.
    const text = (node.textContent ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return pre ? text.replace(/\n/g, PRE_NEWLINE).replace(/ /g, PRE_SPACE) : text.replace(/\s+/g, ' ');
  }
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (DROPPED.has(tag)) return '';
  // A visually hidden heading ("Footnotes" for screen readers), a footnote's way back (↩), and the
  // rule some engines draw above the footnotes: markup around footnotes, not reading.
  if (el.classList.contains('sr-only')) return '';
  if (tag === 'a' && isBackReference(el)) return '';
  if (tag === 'hr' && el.parentElement?.classList.contains('footnotes')) return '';
  const inner = serialise(el);
  // Links within the page (a footnote's number) read as their text.
  if (tag === 'a' && (el.getAttribute('href') ?? '').startsWith('#')) return inner;
  if (!KEPT.has(tag)) return isBlock(tag) ? `\n${inner}\n` : inner;
  // ***both*** is <em><strong> in one engine and <strong><em> in another: the same reading.
  if ((tag === 'em' || tag === 'strong') && el.childNodes.length === 1 && el.firstElementChild?.tagName.toLowerCase() === (tag === 'em' ? 'strong' : 'em')) {
    return `<strong><em>${serialise(el.firstElementChild).trim()}</em></strong>`;
  }
  const attrs = attributes(el, tag);
  if (tag === 'br' || tag === 'hr' || tag === 'img' || tag === 'input') return `<${tag}${attrs}>${tag === 'br' ? '\n' : ''}`;
  const body = tag === 'pre' ? inner.replace(new RegExp(`${PRE_NEWLINE}+$`), '') : inner.trim();
  const block = isBlock(tag);
  return `${block ? '\n' : ''}<${tag}${attrs}>${body}</${tag}>${block ? '\n' : ''}`;
}

function attributes(el: Element, tag: string): string {
  const pick = (name: string) => (el.hasAttribute(name) ? ` ${name}="${el.getAttribute(name)}"` : '');
  switch (tag) {
    case 'a':
      return `${pick('href')}${pick('title')}`;
    case 'img':
      return `${pick('src')}${pick('alt')}${pick('title')}`;
    case 'ol': {
      const start = el.getAttribute('start');
      return start && start !== '1' ? ` start="${start}"` : '';
    }
    case 'input':
      return `${pick('type')}${el.hasAttribute('checked') ? ' checked' : ''}`;
    case 'abbr':
      return pick('title');
    case 'th':
    case 'td': {
      const align = el.getAttribute('align') ?? /text-align:\s*(\w+)/.exec(el.getAttribute('style') ?? '')?.[1];
      return align ? ` align="${align}"` : '';
    }
    default:
      return '';
  }
}

function isBackReference(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  return /^(?:\u21a9|\ufe0e)+$/.test(text) || el.hasAttribute('data-footnote-backref') || /reversefootnote|footnote-backref/.test(el.className);
}

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'dl',
  'dt',
  'dd',
  'hr',
]);
const isBlock = (tag: string) => BLOCKS.has(tag);
