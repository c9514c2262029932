import { describe, expect, it } from 'vitest';
import { kramdownForms } from '../../src/export/kramdown-forms';
import { rawHtml } from '../../src/export/raw-html';

describe('kramdownForms: what kramdown would misread, written as it reads it', () => {
  it.each([
    ['a bare address', 'Slides at https://aws.amazon.com/lambda/ tonight.', 'Slides at <https://aws.amazon.com/lambda/> tonight.'],
    ['its trailing punctuation stays outside', 'See https://example.com/a.', 'See <https://example.com/a>.'],
    ['in parentheses', '(https://arxiv.org/pdf/1702.04024.pdf)', '(<https://arxiv.org/pdf/1702.04024.pdf>)'],
    ['www. needs a scheme', 'on www.example.com today', 'on [www.example.com](http://www.example.com) today'],
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
    ['…with a continuation line and a loose item', 'Steps:\n\n2. deploy\n   with care\n\n3. test\n\nDone.', 'Steps:\n\n2. deploy\n   with care\n\n3. test\n{: start="2"}\n\nDone.'],
    ['a list starting at 1 is left alone', '1. one\n2. two', '1. one\n2. two'],
    ['a list ended by a bullet list', '5. five\n* bullet', '5. five\n{: start="5"}\n* bullet'],
    ['nothing to change', '* Lambda\n> quote\n## Heading', '* Lambda\n> quote\n## Heading'],
  ])('%s', (_, typed, written) => {
    expect(kramdownForms(typed)).toBe(written);
  });
});

describe('rawHtml: the HTML Hugo leaves out by default', () => {
  it.each<[string, string, string[]]>([
    ['tags, once each, attributes folded', 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br />Then <span class="x">this</span>', ['<kbd>', '<br />', '<span …>']],
    ['a comment', 'Hidden <!-- note to self -->', ['<!-- … -->']],
    ['not an autolink', 'See <https://example.com> or <me@example.com>', []],
    ['not in code', 'Use `<kbd>` tags\n\n```html\n<div>x</div>\n```', []],
    ['not a comparison', 'if a < b and c > d', []],
  ])('%s', (_, notes, tags) => {
    expect(rawHtml(notes)).toEqual(tags);
  });
});
