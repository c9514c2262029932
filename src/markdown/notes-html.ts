// Notes Markdown → HTML, as the blog the event exports to will render it: Jekyll's kramdown (with
// GFM input) or Hugo's goldmark (defaults). Pure: the preview sanitises the result
// (ui/render-markdown.ts), and a differential test compares it with real Jekyll and Hugo builds
// (test/export/reads-the-same.test.ts, which lists what still differs and why).
import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import markedFootnote from 'marked-footnote';
import { smartypantsu } from 'smartypants';
import { definitionLists } from './definition-lists';

/** The blog engines a preview can follow. */
export type MarkdownTarget = 'jekyll' | 'hugo';

// Both engines set text as a typesetter would: curly quotes, – for --, — for ---, … for ..., and
// « » for << >>. Done on the text itself, before marked escapes it (so "a<b" stays text), and
// never in code.
const typography: MarkedExtension = {
  walkTokens(token: Token) {
    if (token.type === 'text' && !token.tokens?.length) token.text = typeset(token.text);
  },
};

/** Text as both engines typeset it. */
export function typeset(text: string): string {
  return smartypantsu(text, 'qDe').replace(/<</g, '«').replace(/>>/g, '»');
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
    if (last?.type === 'text') last.text = last.text.replace(/\s*\{#[\w-]+\}\s*$/, '');
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

const engines = new Map<MarkdownTarget, Marked>();

function engine(target: MarkdownTarget): Marked {
  let made = engines.get(target);
  if (!made) {
    made = new Marked({ async: false, gfm: true }, markedFootnote(), definitionLists(), doubleTildesOnly, headingIds, typography);
    if (target === 'hugo') made.use(rawHtmlOmitted);
    engines.set(target, made);
  }
  return made;
}

/** The HTML `target` makes of `markdown` (unsanitised: the caller sanitises for display). */
export function notesHtml(markdown: string, target: MarkdownTarget): string {
  return engine(target).parse(markdown, { async: false }) as string;
}

/** What the preview lets through of that HTML (DOMPurify's configuration): no forms, frames, styles or scripts. */
export const PREVIEW_SANITIZE = {
  // Inputs stay for the to-do checkboxes both engines draw; the preview removes any other kind.
  FORBID_TAGS: ['style', 'form', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
  FORBID_ATTR: ['style'],
};
