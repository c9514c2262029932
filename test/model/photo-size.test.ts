import { describe, expect, it } from 'vitest';
import { fitWithin, MAX_CANVAS_AREA, resizeSteps } from '../../src/model/photo-size';

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
