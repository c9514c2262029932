import { describe, expect, it } from 'vitest';
import { notesHtml } from '../../src/markdown/notes-html';
import { markdownChunks } from '../../src/model/markdown-chunks';

// Rendering piece by piece, as the preview does (as Jekyll and as Hugo render), must read like
// rendering the whole: same text, same structure, apart from a list split into consecutive lists
// of the same kind (the preview closes that gap).
const TARGETS = ['jekyll', 'hugo'] as const;
const normalise = (html: string) =>
  html
    .replace(/<\/(ul|ol|dl)>\s*<\1( start="\d+")?>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const bulletNote = Array.from({ length: 300 }, (_, i) => `* point ${i} about latency and cost`).join('\n');
const cases: [string, string][] = [
  ['a long list of bullets', bulletNote],
  ['an ordered list', Array.from({ length: 100 }, (_, i) => `${i + 1}. step ${i}`).join('\n')],
  ['paragraphs and headings', Array.from({ length: 60 }, (_, i) => `## Part ${i}\n\nSome words ${i}\nwrapped onto a second line ${i}.\n`).join('\n')],
  [
    'fenced code with blank lines and bullets inside',
    `* before\n\n\`\`\`yaml\n${Array.from({ length: 80 }, (_, i) => `* not a bullet ${i}\n\nkey: ${i}`).join('\n')}\n\`\`\`\n\n* after`,
  ],
  ['block quotes', Array.from({ length: 40 }, (_, i) => `> quoted ${i}\n> still quoted ${i}\n\ntext ${i}`).join('\n')],
  ['nested lists', Array.from({ length: 60 }, (_, i) => `* item ${i}\n  * sub ${i}\n    continued ${i}`).join('\n')],
  ['setext headings', Array.from({ length: 40 }, (_, i) => `Title ${i}\n===\n\nbody ${i}\n---`).join('\n')],
  ['a paragraph with numbers that are not a list', Array.from({ length: 80 }, (_, i) => `line ${i} of a paragraph\n${i + 2}. is not an item here`).join('\n')],
  ['a loose list (blank lines between items)', Array.from({ length: 80 }, (_, i) => `* point ${i}\n\n  more on ${i}`).join('\n\n')],
  ['a tight list after a loose one', `* a\n\n* b\n\ntext\n\n${bulletNote}`],
  ['reference links', `[a link][ref]\n\n${bulletNote}\n\n[ref]: https://example.com`],
  ['an HTML comment across blank lines', `<!-- a\n\n* hidden -->\n\n${bulletNote}`],
  ['footnotes (numbered across the whole note)', `Lambda scales[^1].\n\n${bulletNote}\n\nAnd costs[^2].\n\n[^1]: Up to 1,000.\n[^2]: Per millisecond.`],
  ['definition lists', Array.from({ length: 40 }, (_, i) => `Term ${i}\n: definition ${i}\n: another ${i}`).join('\n\n')],
  ['definitions after a blank line', Array.from({ length: 40 }, (_, i) => `Term ${i}\n\n: definition ${i}`).join('\n\n')],
  ['typography', Array.from({ length: 60 }, (_, i) => `* "quoted ${i}" -- and --- then... << slide ${i} >>`).join('\n')],
];

describe('markdownChunks', () => {
  it.each(cases)('%s: the pieces join back to the text and render like it', (_, markdown) => {
    const chunks = markdownChunks(markdown);
    expect(chunks.join('\n')).toBe(markdown);
    for (const target of TARGETS) {
      const render = (text: string) => notesHtml(text, target);
      expect(normalise(chunks.map(render).join(''))).toBe(normalise(render(markdown)));
    }
  });

  it('cuts a long note into many small pieces', () => {
    const chunks = markdownChunks(bulletNote);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.split('\n').length))).toBeLessThanOrEqual(64);
  });

  it('keeps the pieces after an edit near the top as they were', () => {
    const before = markdownChunks(bulletNote);
    const after = markdownChunks(bulletNote.replace('* point 3 ', '* point three '));
    const kept = after.filter((chunk) => before.includes(chunk)).length;
    expect(kept).toBeGreaterThanOrEqual(before.length - 1);
  });

  it.each([
    ['reference link definitions', '[x][r]\n\n* a\n* b\n\n[r]: https://example.com'],
    ['HTML blocks that may span blank lines', '<pre>\n\n* a\n</pre>\n* b'],
  ])('leaves text with %s in one piece', (_, markdown) => {
    expect(markdownChunks(markdown)).toEqual([markdown]);
  });
});
