// Definition lists as kramdown and Hugo's goldmark read them (PHP Markdown Extra's syntax):
//
//   Lambda
//   : Functions as a service
//
// No maintained marked extension reads this syntax for marked 18 (marked-definition-lists reads
// "Term :: definition"), so this is one, on marked's documented extension API: a block tokenizer
// and its renderer.
import type { MarkedExtension, Tokens } from 'marked';

interface DefinitionItem {
  term: Tokens.Generic[];
  definitions: Tokens.Generic[][];
}

// One or more groups of a term line and its ": definition" lines, blank lines allowed between groups.
const LIST = /^(?:[^\n:][^\n]*\n(?:[ ]{0,3}:[ \t]+[^\n]*(?:\n|$))+(?:\n(?=[^\n:][^\n]*\n[ ]{0,3}:[ \t]))?)+/;

/** The extension: `new Marked(definitionLists())`. */
export function definitionLists(): MarkedExtension {
  return {
    extensions: [
      {
        name: 'definitionList',
        level: 'block',
        start(src) {
          return /\n[^\n:][^\n]*\n[ ]{0,3}:[ \t]/.exec(src)?.index;
        },
        tokenizer(src) {
          const match = LIST.exec(src);
          if (!match) return undefined;
          const items: DefinitionItem[] = [];
          for (const line of match[0].split('\n')) {
            const definition = /^[ ]{0,3}:[ \t]+(.*)$/.exec(line);
            if (definition) items.at(-1)?.definitions.push(this.lexer.inlineTokens((definition[1] ?? '').trim()));
            else if (line.trim()) items.push({ term: this.lexer.inlineTokens(line.trim()), definitions: [] });
          }
          return { type: 'definitionList', raw: match[0], items };
        },
        renderer(token) {
          const items = token.items as DefinitionItem[];
          const html = items.map(
            (item) => `<dt>${this.parser.parseInline(item.term)}</dt>\n${item.definitions.map((d) => `<dd>${this.parser.parseInline(d)}</dd>\n`).join('')}`,
          );
          return `<dl>\n${html.join('')}</dl>\n`;
        },
      },
    ],
  };
}
