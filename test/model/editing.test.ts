import { describe, expect, it } from 'vitest';
import { applySplice, linkFromPaste, listSplice, markerAfterBreak, quickInsert, timeStamp, type Edit, type QuickInsert } from '../../src/model/editing';

// "|" marks the cursor, "«…»" a selection, in both input and expected output.
function parse(marked: string): Edit {
  const start = marked.search(/[|«]/);
  if (marked[start] === '|') return { text: marked.replace('|', ''), start, end: start };
  const end = marked.indexOf('»', start) - 1;
  return { text: marked.replace('«', '').replace('»', ''), start, end };
}
function show(edit: Edit): string {
  if (edit.start === edit.end) return `${edit.text.slice(0, edit.start)}|${edit.text.slice(edit.start)}`;
  return `${edit.text.slice(0, edit.start)}«${edit.text.slice(edit.start, edit.end)}»${edit.text.slice(edit.end)}`;
}

const context = { speaker: 'Tim Wagner', minutesIn: 12.5 };

describe('quickInsert', () => {
  it.each<[QuickInsert, string, string]>([
    ['bullet', 'first|', '- first|'],
    ['bullet', '> quoted|', '- quoted|'],
    ['nested-bullet', '- item|', '  - item|'],
    ['quote', 'wise words|', '> wise words|'],
    ['heading', 'Section|', '#### Section|'],
    ['action', 'call Ana|', '- [ ] call Ana|'],
    ['action', '- call Ana|', '- [ ] call Ana|'],
    ['takeaway', '|', '**Key takeaway:** |'],
    ['takeaway', 'text|', 'text\n**Key takeaway:** |'],
    ['link', '|', '[|](https://)'],
    ['link', '«docs»', '[docs](«https://»)'],
    ['link', '«https://aws.amazon.com/lambda»', '[|](https://aws.amazon.com/lambda)'],
    ['code', 'x|', 'x\n```\n|\n```\n'],
    ['slide-later', '|', '<< get this slide later| >>'],
    ['aside', 'x|', 'x\n{|}'],
    ['speaker-quote', '|', '> "|" — Tim Wagner'],
    ['time', 'note |', 'note +12:30 |'],
    ['aside', '|Great talk', '{|}\nGreat talk'],
    ['takeaway', 'a|b', 'a\n**Key takeaway:** |\nb'],
  ])('%s: %j → %j', (kind, before, after) => {
    expect(show(quickInsert(kind, parse(before), context))).toBe(after);
  });

  it('writes a speaker quote without attribution when the talk has no speaker', () => {
    expect(show(quickInsert('speaker-quote', parse('|'), { speaker: '', minutesIn: null }))).toBe('> "|"');
  });
});

describe('timeStamp', () => {
  it.each([
    [0, '+0:00'],
    [12.5, '+12:30'],
    [75.25, '+75:15'],
    [-3, '+0:00'],
  ])('%f minutes → %s', (minutes, stamp) => expect(timeStamp(minutes)).toBe(stamp));
});

describe('linkFromPaste', () => {
  it.each([
    ['https://aws.amazon.com/lambda/', '[aws.amazon.com/lambda/](https://aws.amazon.com/lambda/)'],
    ['https://www.example.com/', '[example.com](https://www.example.com/)'],
    ['  http://x.org/a?b=1  ', '[x.org/a](http://x.org/a?b=1)'],
    ['not a link', null],
    ['https://a.com and more', null],
  ])('%j → %j', (pasted, link) => expect(linkFromPaste(pasted)).toBe(link));
});

describe('listSplice', () => {
  it.each([
    ['- one|', '- one\n- |'],
    ['* one|', '* one\n* |'],
    ['  - nested|', '  - nested\n  - |'],
    ['1. first|', '1. first\n2. |'],
    ['9. ninth|', '9. ninth\n10. |'],
    ['- [x] done|', '- [x] done\n- [ ] |'],
    ['> quote|', '> quote\n> |'],
    ['- one\n- |', '- one\n|'],
    ['- [ ] |', '|'],
    ['- one|\nmore', '- one\n- |\nmore'],
    ['- split| here', '- split\n- | here'],
  ])('%j → %j', (before, after) => {
    const edit = parse(before);
    const splice = listSplice(edit);
    expect(splice && show(applySplice(edit.text, splice))).toBe(after);
  });

  // The change itself is small: only what Enter adds (or the marker it takes away), so the editor
  // types just that and a long note is never rebuilt or compared whole.
  it.each([
    ['first line\n- one|', { from: 16, to: 16, insert: '\n- ' }],
    ['  3. third|\nnext', { from: 10, to: 10, insert: '\n  4. ' }],
    ['intro\n> |', { from: 6, to: 8, insert: '' }],
  ])('%j is the splice %j', (before, splice) => {
    expect(listSplice(parse(before))).toEqual(splice);
  });

  // The browser's own Enter types the line break; the editor then types only the marker.
  it.each([
    ['- one|', '- '],
    ['  3. third|\nnext', '  4. '],
    ['- [x] done|', '- [ ] '],
    ['> quote|', '> '],
    ['- split| here', '- '],
    ['intro\n> |', null],
    ['- one\n- |', null],
  ])('Enter at %j: the marker after the line break is %j', (before, marker) => {
    const splice = listSplice(parse(before));
    expect(splice && markerAfterBreak(splice)).toBe(marker);
  });

  it.each([
    [{ from: 3, to: 5, insert: '\n- ' }, null],
    [{ from: 3, to: 3, insert: '- ' }, null],
    [{ from: 3, to: 3, insert: '\n' }, ''],
  ])('the splice %j has the marker %j after its line break', (splice, marker) => {
    expect(markerAfterBreak(splice)).toBe(marker);
  });

  it.each(['plain text|', '|', '«- one»'])('leaves Enter alone in %j', (before) => {
    expect(listSplice(parse(before))).toBeNull();
  });
});
