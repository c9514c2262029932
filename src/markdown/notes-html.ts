// Notes Markdown → HTML, as the blog the event exports to will render it: Jekyll's kramdown (with
// GFM input) or Hugo's goldmark (defaults). Pure: the preview sanitises the result
// (ui/capture/preview/render-markdown.ts), and a differential test compares it with real Jekyll and Hugo builds
// (test/export/reads-the-same.test.ts, which lists what still differs and why).
import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import markedFootnote from 'marked-footnote';
import { smartypantsu } from 'smartypants';
import type { ExportTarget } from '../model/export-settings';
import { definitionLists } from './definition-lists';

// Both engines set text as a typesetter would: curly quotes, – for --, — for ---, … for ..., and
// « » for << >>. Done on the text itself, before marked escapes it (so "a<b" stays text), and
// never in code or an image's text. A quote next to bold, a link or code needs its neighbour to
// know which way it turns, so each piece of text is set with the character on either side of it.
const typography: MarkedExtension = {
  walkTokens(token: Token) {
    if (token.type === 'image' || !('tokens' in token) || !token.tokens?.length) return;
    const children = token.tokens;
    for (const [i, child] of children.entries()) {
      if (child.type !== 'text' || child.tokens?.length) continue;
      const before = neighbour(children[i - 1], 'last');
      const after = neighbour(children[i + 1], 'first');
      child.text = typeset(`${before}${child.text}${after}`).slice(before.length, after ? -after.length : undefined);
    }
  },
};

// The character that stands next to a piece of text: a space at the edge of the block, a letter
// for bold, a link or code (a quote after one closes; before one, opens), the text itself for text.
function neighbour(token: Token | undefined, end: 'first' | 'last'): string {
  if (!token) return ' ';
  if (token.type === 'text' || token.type === 'escape') return (end === 'first' ? token.raw.at(0) : token.raw.at(-1)) ?? ' ';
  if (token.type === 'br') return ' ';
  return 'a';
}

// Text as both engines typeset it.
function typeset(text: string): string {
  // smartypants reads "<50 "p99" and>" as an HTML tag and leaves its quotes: here it is all text.
  const set = smartypantsu(text.replace(/</g, '\u{F8F0}').replace(/>/g, '\u{F8F1}'), 'qDe');
  return set
    .replace(/\u{F8F0}/gu, '<')
    .replace(/\u{F8F1}/gu, '>')
    .replace(/<</g, '«')
    .replace(/>>/g, '»');
}

// Neither engine strikes through with single tildes (H~2~O reads as typed); both do with two.
const doubleTildesOnly: MarkedExtension = {
  tokenizer: {
    del(src) {
      // A lone tilde is text: a text token in the place of a strikethrough (marked's types want a Del).
      return /^~(?!~)/.test(src) ? ({ type: 'text', raw: '~', text: '~' } as unknown as Tokens.Del) : false;
    },
  },
};

// Both engines take a heading's "{#id}" for its id and do not show it.
const headingIds: MarkedExtension = {
  walkTokens(token: Token) {
    if (token.type !== 'heading') return;
    const last = token.tokens?.at(-1);
    if (last?.type === 'text') last.text = last.text.replace(/\s*\{#[^\s{}]+\}\s*$/, '');
  },
};

// Hugo leaves raw HTML out unless the site allows it (markup.goldmark.renderer.unsafe): inline tags
// go and their text stays, a block of HTML goes whole. The pre-publish check says so, with the setting.
const rawHtmlOmitted: MarkedExtension = {
  renderer: {
    html() {
      return '';
    },
  },
};

const engines = new Map<ExportTarget, Marked>();

function engine(target: ExportTarget): Marked {
  let made = engines.get(target);
  if (!made) {
    // Definition lists before footnotes: marked runs later extensions first, and marked-footnote
    // must see every block. Its back reference's label carries no footnote label (a label is text
    // typed by anyone, and the extension does not escape it there).
    made = new Marked(
      { async: false, gfm: true },
      definitionLists(),
      markedFootnote({ backRefLabel: 'Back to the text' }),
      doubleTildesOnly,
      headingIds,
      typography,
    );
    if (target === 'hugo') made.use(rawHtmlOmitted);
    engines.set(target, made);
  }
  return made;
}

/** The HTML `target` makes of `markdown` (unsanitised: the caller sanitises for display). */
export function notesHtml(markdown: string, target: ExportTarget): string {
  return engine(target).parse(markdown, { async: false }) as string;
}
