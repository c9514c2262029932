import { describe, expect, it } from 'vitest';
import { findPhotoRefs, fitWithin, insertBlock, MAX_CANVAS_AREA, photoMarkdown, removePhotoRefs, resizeSteps, setPhotoCaption } from '../../src/model/photos';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('fitWithin', () => {
  it.each([
    [4000, 3000, 2048, 2048, 1536],
    [3000, 4000, 2048, 1536, 2048],
    [1024, 768, 2048, 1024, 768], // never enlarged
    [2048, 2048, 2048, 2048, 2048],
    [8000, 10, 2048, 2048, 3], // extreme panorama keeps its ratio
    [10, 8000, 2048, 3, 2048],
    [5000, 1, 2048, 2048, 1], // never collapses to zero
  ])('%i×%i within %i → %i×%i', (w, h, max, ew, eh) => {
    expect(fitWithin(w, h, max)).toEqual({ width: ew, height: eh });
  });

  it('keeps the area within the iOS canvas limit when the edge setting allows more', () => {
    const fit = fitWithin(8064, 6048, 8192); // a 48-megapixel phone photo, with the largest edge setting
    expect(fit.width * fit.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(fit.width / fit.height).toBeCloseTo(4 / 3, 2);
  });
});

describe('resizeSteps', () => {
  it.each([
    [{ width: 4000, height: 3000 }, { width: 2048, height: 1536 }, [[2048, 1536]]],
    [
      { width: 8000, height: 6000 },
      { width: 2048, height: 1536 },
      [
        [4000, 3000],
        [2048, 1536],
      ],
    ],
    [{ width: 1024, height: 768 }, { width: 1024, height: 768 }, [[1024, 768]]],
  ])('%o → %o', (source, target, steps) => {
    expect(resizeSteps(source, target).map((s) => [s.width, s.height])).toEqual(steps);
  });

  it('never makes a canvas over the iOS area limit, even for a 108-megapixel photo', () => {
    const steps = resizeSteps({ width: 12000, height: 9000 }, { width: 2048, height: 1536 });
    for (const step of steps) expect(step.width * step.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(steps.at(-1)).toEqual({ width: 2048, height: 1536 });
    // Each step at most halves, within rounding, so the downscale stays sharp.
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.width).toBeGreaterThanOrEqual(Math.floor(steps[i - 1]!.width / 2));
  });

  it('keeps the aspect ratio in every step', () => {
    for (const step of resizeSteps({ width: 9000, height: 6000 }, { width: 2048, height: 1365 })) {
      expect(step.width / step.height).toBeCloseTo(1.5, 1);
    }
  });
});

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
