import { describe, expect, it } from 'vitest';
import { blogForms } from '../../src/export/blog-forms';
import { rawHtml } from '../../src/export/raw-html';

describe('blogForms for Jekyll: what kramdown would misread, written as it reads it', () => {
  it.each([
    ['a bare address', 'Slides at https://aws.amazon.com/lambda/ tonight.', 'Slides at <https://aws.amazon.com/lambda/> tonight.'],
    ['its trailing punctuation stays outside', 'See https://example.com/a.', 'See <https://example.com/a>.'],
    ['in parentheses', '(https://arxiv.org/pdf/1702.04024.pdf)', '(<https://arxiv.org/pdf/1702.04024.pdf>)'],
    ['www. needs a scheme', 'on www.example.com today', 'on [www.example.com](http://www.example.com) today'],
    [
      '…and its text is escaped, so kramdown neither typesets nor emphasises it',
      'www.my--site.com/_draft_ x',
      '[www.my\\-\\-site.com/\\_draft](http://www.my--site.com/_draft)_ x',
    ],
    ['in a table cell', '| a | b |\n|---|---|\n| https://x.org | y |', '| a | b |\n|---|---|\n| <https://x.org> | y |'],
    ['in a footnote', 'Text[^1].\n\n[^1]: see https://x.org/paper', 'Text[^1].\n\n[^1]: see <https://x.org/paper>'],
    ['a list starting at 2 in a quote', '> 2. two\n> 3. three', '> 2. two\n> 3. three\n> {: start="2"}'],
    ['a nested list starting at 3', '* a\n\n  3. three\n  4. four', '* a\n\n  3. three\n  4. four\n  {: start="3"}'],
    ['a number starting a list item’s line', '1. a\n   3. nested three', '1. a\n   3\\. nested three'],
    ['in quotes, as the preview links it', 'See "https://example.com" now', 'See "<https://example.com>" now'],
    ['an address inside link text', '[see https://x.org](https://y.org)', '[see https://x.org](https://y.org)'],
    ['an address as an image’s text', '![diagram https://x.org](https://y.org/a.png)', '![diagram https://x.org](https://y.org/a.png)'],
    ['an address in a link title', '[x](https://y.org "from https://z.org")', '[x](https://y.org "from https://z.org")'],
    ['parentheses inside an address', 'https://en.wikipedia.org/wiki/Lambda_(disambiguation)', '<https://en.wikipedia.org/wiki/Lambda_(disambiguation)>'],
    ['a code span across lines', 'Use `curl\nhttps://x.org` now', 'Use `curl\nhttps://x.org` now'],
    [
      'an HTML block',
      '<details>\n<summary>Slides</summary>\nhttps://x.org/slides\n</details>',
      '<details>\n<summary>Slides</summary>\nhttps://x.org/slides\n</details>',
    ],
    ['an e-mail address kramdown would not take', 'Write to first+tag@example.com', 'Write to first+tag@example.com'],
    ['in a quote and a list item', '> see https://x.org\n\n* and https://y.org', '> see <https://x.org>\n\n* and <https://y.org>'],
    ['pipes in a paragraph, not in code', 'Lambda | Fargate and `a | b`', 'Lambda \\| Fargate and `a | b`'],
    ['a real table', '| a | b |\n|---|---|\n| 1 | 2 |', '| a | b |\n|---|---|\n| 1 | 2 |'],
    ['a year starting a paragraph’s line', 'Founded in\n2009. Now big.', 'Founded in\n2009\\. Now big.'],
    ['"N)" inside a paragraph', 'We started in\n2017) and grew', 'We started in\n2017) and grew'],
    ['"1)" in a quote', '> 1) first\n> 2) second', '> 1. first\n> 2. second'],
    ['a nested bullet in a list starting at 2', 'Steps:\n\n2. deploy\n   * with care\n3. test', 'Steps:\n\n2. deploy\n   * with care\n3. test\n{: start="2"}'],
    ['an e-mail address', 'Write to speaker@example.com now', 'Write to <speaker@example.com> now'],
    ['a link already', '[AWS](https://aws.amazon.com) and <https://x.org>', '[AWS](https://aws.amazon.com) and <https://x.org>'],
    ['an address as link text', '[https://example.com](https://example.com)', '[https://example.com](https://example.com)'],
    ['in a code span', 'Call `https://example.com/api` first', 'Call `https://example.com/api` first'],
    ['in fenced code', '```\ncurl https://example.com\n```', '```\ncurl https://example.com\n```'],
    ['in indented code', 'Text\n\n    curl https://example.com', 'Text\n\n    curl https://example.com'],
    ['in an HTML attribute', '<a href="https://example.com">x</a>', '<a href="https://example.com">x</a>'],
    ['in a line of HTML', '<div>see https://example.com</div>', '<div>see https://example.com</div>'],
    ['"1)" lists', '1) first\n2) second', '1. first\n2. second'],
    ['a list starting at 3', '3. third\n4. fourth\n\nAfter', '3. third\n4. fourth\n{: start="3"}\n\nAfter'],
    [
      '…with a continuation line and a loose item',
      'Steps:\n\n2. deploy\n   with care\n\n3. test\n\nDone.',
      'Steps:\n\n2. deploy\n   with care\n\n3. test\n{: start="2"}\n\nDone.',
    ],
    ['a list starting at 1 is left alone', '1. one\n2. two', '1. one\n2. two'],
    ['a list ended by a bullet list', '5. five\n* bullet', '5. five\n{: start="5"}\n* bullet'],
    ['nothing to change', '* Lambda\n> quote\n## Heading', '* Lambda\n> quote\n## Heading'],
  ])('%s', (_, typed, written) => {
    expect(blogForms(typed, 'jekyll')).toBe(written);
  });
});

describe('blogForms for Hugo: addresses as links goldmark reads alike; kramdown’s own rules not applied', () => {
  it.each([
    ['an address in quotes (goldmark would take the quote into it)', 'See "https://example.com/docs" now', 'See "<https://example.com/docs>" now'],
    ['www. as the preview links it (http://)', 'on www.example.com today', 'on [www.example.com](http://www.example.com) today'],
    ['"1)", list starts, pipes and years stay as typed', '1) a\n\n3. c\n\nx | y\nand\n2009. z', '1) a\n\n3. c\n\nx | y\nand\n2009. z'],
  ])('%s', (_, typed, written) => {
    expect(blogForms(typed, 'hugo')).toBe(written);
  });
});

describe('rawHtml: the HTML Hugo leaves out by default', () => {
  it.each<[string, string, string[]]>([
    ['tags, once each, attributes folded', 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br />Then <span class="x">this</span>', ['<kbd>', '<br />', '<span …>']],
    ['not a comment (a note to self, better left out)', 'Hidden <!-- note to self -->', []],
    ['not an autolink', 'See <https://example.com> or <me@example.com>', []],
    ['not in code', 'Use `<kbd>` tags\n\n```html\n<div>x</div>\n```', []],
    ['not a comparison', 'if a < b and c > d', []],
    ['not in fenced code that names its language', '```js\n<kbd>x</kbd>\n```', []],
    ['not on the second line of indented code', 'Text\n\n    code\n    <span>x</span>', []],
    ['in a list item’s paragraph indented after a blank line', '* item\n\n    <kbd>x</kbd>', ['<kbd>']],
    ['in a footnote', 'Text[^1]\n\n[^1]: see <sup>2</sup>', ['<sup>']],
  ])('%s', (_, notes, tags) => {
    expect(rawHtml(notes)).toEqual(tags);
  });
});
