// Definition lists as kramdown and Hugo's goldmark read them (PHP Markdown Extra's syntax):
//
//   Lambda
//   : Functions as a service
//
// No maintained marked extension reads this syntax for marked 18 (marked-definition-lists reads
// "Term :: definition"), so this is one, on marked's documented extension API: a block tokenizer
// and its renderer. Each line before the first ": " is a term (kramdown and goldmark agree); a line
// after a definition that is not a new term continues it; a line that starts another kind of block
// (a heading, quote, list item, fence, table row or HTML) is never a term.
import type { MarkedExtension, Tokens } from 'marked';

const DEFINITION = /^ {0,3}:[ \t]+(.*)$/;
const STARTS_BLOCK = /^ {0,3}(#{1,6}(\s|$)|>|[*+-](\s|$)|\d{1,9}[.)](\s|$)|`{3,}|~{3,}|\||<[A-Za-z!/])/;
// A term line, its ": " line, and what follows up to a blank line not followed by another group.
// (kramdown and goldmark also allow one blank line between the terms and their first definition.)
const GROUP = /^(?:[^\n]+\n)+\n? {0,3}:[ \t][^\n]*(?:\n(?!\n)[^\n]*)*/;

/** The extension: `new Marked(definitionLists())`. */
export function definitionLists(): MarkedExtension {
  return {
    extensions: [
      {
        name: 'definitionList',
        level: 'block',
        start(src) {
          return /(?:^|\n)[^\n]+\n {0,3}:[ \t]/.exec(src)?.index;
        },
        tokenizer(src) {
          let raw = '';
          const tokens: Tokens.Generic[] = [];
          let rest = src;
          for (;;) {
            const group = GROUP.exec(rest)?.[0];
            if (!group) break;
            // Lines from one that starts another block (a list after a definition) are not the list's.
            const all = group.split('\n');
            const firstDefinition = all.findIndex((line) => DEFINITION.test(line));
            const ends = all.findIndex((line, i) => i > firstDefinition && STARTS_BLOCK.test(line));
            const lines = ends < 0 ? all : all.slice(0, ends);
            const terms = lines.slice(0, firstDefinition).filter((line) => line.trim());
            if (terms.some((line) => STARTS_BLOCK.test(line) || DEFINITION.test(line))) break;
            for (const term of terms) tokens.push({ type: 'definitionTerm', raw: term, tokens: this.lexer.inline(term.trim()) });
            let text = '';
            const flush = () => {
              if (text) tokens.push({ type: 'definitionDescription', raw: text, tokens: this.lexer.inline(text.trim()) });
              text = '';
            };
            const body = lines.slice(firstDefinition);
            for (const [i, line] of body.entries()) {
              const definition = DEFINITION.exec(line);
              if (definition) {
                flush();
                text = definition[1] ?? '';
              } else if (DEFINITION.test(body[i + 1] ?? '')) {
                flush(); // a line right before a ": " line is the next term
                tokens.push({ type: 'definitionTerm', raw: line, tokens: this.lexer.inline(line.trim()) });
              } else text += `\n${line.trim()}`; // otherwise it continues the definition (a lazy line)
            }
            flush();
            const taken = ends < 0 ? group : `${lines.join('\n')}\n`;
            const blank = ends < 0 ? (/^\n+/.exec(rest.slice(taken.length))?.[0] ?? '') : '';
            raw += taken + blank;
            rest = rest.slice(taken.length + blank.length);
            if (!blank) break;
          }
          if (!tokens.length) return undefined;
          return { type: 'definitionList', raw, tokens };
        },
        renderer(token) {
          const html = ((token.tokens ?? []) as Tokens.Generic[]).map((item) => {
            const tag = item.type === 'definitionTerm' ? 'dt' : 'dd';
            return `<${tag}>${this.parser.parseInline(item.tokens ?? [])}</${tag}>\n`;
          });
          return `<dl>\n${html.join('')}</dl>\n`;
        },
      },
    ],
  };
}
