import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatter, yamlScalar } from '../../src/export/front-matter';

// Splits a post the way Jekyll does: front matter from the first line "---" to the next line that
// is exactly "---" (or "..."), the rest is the body.
function split(post: string): { data: unknown; body: string } {
  const m = /^---\s*\n([\s\S]*?\n?)^(?:---|\.\.\.)\s*$\n?/m.exec(post);
  if (m?.index !== 0) throw new Error('no front matter');
  return { data: parse(m[1] ?? '', { version: '1.1' }), body: post.slice(m[0].length) };
}

const TITLES = [
  'AWS Summit: SFO',
  'Day #1 # not a comment',
  `She said "hi" and 'bye'`,
  'C:\\path\\to\\file \\n',
  '- starts with a dash',
  '* starts with a star',
  '& anchor-like',
  '! tag-like',
  '? question',
  '| pipe',
  '> folded',
  '% directive',
  '@ at',
  '`backtick`',
  '{{ liquid }} and {% tag %}',
  '[not, a, list]',
  '{not: a map}',
  'line one\nline two',
  '---',
  '...',
  'yes',
  'No',
  'on',
  'null',
  '~',
  '1.0',
  '0x1F',
  '1:20',
  '2017-04-18',
  '   leading and trailing spaces   ',
  'Emoji 🎉🚀 and ZWJ 👩‍💻',
  '日本語のタイトル',
  'Привет, мир',
  'مرحبا بالعالم',
  'tab\there',
];

describe('frontMatter', () => {
  it.each(TITLES)('title %j survives a YAML parse unchanged', (title) => {
    const body = '---\nnot front matter\n---\n';
    const post =
      frontMatter([
        ['title', title],
        ['tags', [title, 'plain']],
      ]) + body;
    expect(split(post)).toEqual({ data: { title, tags: [title, 'plain'] }, body });
  });

  it('keeps the order given, writes flags and lists, and leaves out empty values', () => {
    expect(
      frontMatter([
        ['layout', 'post'],
        ['title', 'T'],
        ['date', '2017-04-18 09:30:00 -0700'],
        ['author', ''],
        ['tags', []],
        ['comments', true],
        ['draft', false],
      ]),
    ).toBe('---\nlayout: post\ntitle: T\ndate: 2017-04-18 09:30:00 -0700\ncomments: true\ndraft: false\n---\n');
  });
});

describe('yamlScalar', () => {
  it.each([
    ['false', false],
    ['True', true],
    ['3', 3],
    ['-1.5', -1.5],
    ['1.0.0', '1.0.0'],
    ['/img/a.png', '/img/a.png'],
    ['no', 'no'],
  ])('%j → %j', (text, value) => expect(yamlScalar(text)).toEqual(value));
});
