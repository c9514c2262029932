import { describe, expect, it } from 'vitest';
import { findPhotoRefs, insertBlock, photoMarkdown, removePhotoRefs, setPhotoCaption } from '../../src/model/photos';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('photo references in notes', () => {
  const notes = `Intro\n\n${photoMarkdown(A, 'Pipeline slide')}\n\nText ${photoMarkdown(B)} more\n`;

  it('finds each reference with its caption and place', () => {
    expect(findPhotoRefs(notes).map((r) => [r.id, r.caption, notes.slice(r.start, r.end)])).toEqual([
      [A, 'Pipeline slide', `![Pipeline slide](photo:${A})`],
      [B, '', `![](photo:${B})`],
    ]);
  });

  it('removes a photo and the line it stood on alone', () => {
    expect(removePhotoRefs(notes, A)).toBe(`Intro\n\n\nText ${photoMarkdown(B)} more\n`);
    expect(removePhotoRefs(notes, B)).toBe(`Intro\n\n${photoMarkdown(A, 'Pipeline slide')}\n\nText  more\n`);
  });

  it('changes a caption, keeping brackets out of it', () => {
    expect(setPhotoCaption(notes, B, 'A [new] caption')).toContain(`![A  new  caption](photo:${B})`);
  });

  it.each([
    ['', 0, 'X', 'X\n\n', 3],
    ['abc', 3, 'X', 'abc\n\nX\n\n', 8],
    ['abc\n', 4, 'X', 'abc\n\nX\n\n', 8],
    ['abc\n\ndef', 5, 'X', 'abc\n\nX\n\ndef', 8],
    ['ab', 1, 'X', 'a\n\nX\n\nb', 6],
  ])('inserts a block into %j at %i', (text, at, block, expected, cursor) => {
    expect(insertBlock(text, at, block)).toEqual({ text: expected, cursor });
  });
});

describe('placeholders', () => {
  it('skips code blocks, where << is a heredoc', async () => {
    const { findPlaceholders } = await import('../../src/model/placeholders');
    expect(findPlaceholders('<< a >>\n```sh\ncat <<EOF >> file\n```\n<< b >>')).toEqual([
      { line: 1, text: 'a' },
      { line: 5, text: 'b' },
    ]);
  });

  it('replaces the placeholder with the same words nearest its old line, or reports it gone', async () => {
    const { replacePlaceholder } = await import('../../src/model/placeholders');
    const notes = '<< slide >>\nnew line typed above\n<< other >>\n<< slide >>';
    expect(replacePlaceholder(notes, { line: 3, text: 'slide' }, 'X')).toBe('<< slide >>\nnew line typed above\n<< other >>\nX');
    expect(replacePlaceholder(notes, { line: 1, text: 'gone' }, 'X')).toBeNull();
  });
});
