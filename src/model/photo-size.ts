// How a slide photo is sized when it is stored: the limits, and the canvas steps that get there.
// Apart from model/photos.ts (references in the notes), so that only the photo code, which loads
// with the first photo, carries it.

/**
 * How big a photo is stored: the long edge at most `maxEdge`, the area at most `maxArea` (iOS
 * canvases), aspect ratio kept, never enlarged.
 */
export function fitWithin(width: number, height: number, maxEdge: number, maxArea = MAX_CANVAS_AREA): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height), Math.sqrt(maxArea / (width * height)));
  if (scale >= 1) return { width, height };
  const round = (n: number) => Math.max(1, Math.round(n));
  const fit = { width: round(width * scale), height: round(height * scale) };
  // Rounding up may cross the area limit by a pixel row: then round down instead.
  if (fit.width * fit.height <= maxArea) return fit;
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

/** iOS Safari refuses canvases over 16,777,216 pixels (4096 × 4096). */
export const MAX_CANVAS_AREA = 16_777_216;

/**
 * The canvas sizes to draw through, from the source down to the target: halving each step keeps
 * the downscale sharp, and no step exceeds `maxArea`. The first step may already be smaller than
 * the source (the browser decodes straight to it); the last is the target.
 */
export function resizeSteps(
  source: { width: number; height: number },
  target: { width: number; height: number },
  maxArea = MAX_CANVAS_AREA,
): { width: number; height: number }[] {
  const steps: { width: number; height: number }[] = [];
  let { width, height } = source;
  while (width / 2 >= target.width && height / 2 >= target.height && width > target.width * 2) {
    width = Math.round(width / 2);
    height = Math.round(height / 2);
    steps.push({ width, height });
  }
  // The first canvas must fit the area limit too: shrink it (keeping the ratio) until it does.
  const first = steps[0] ?? target;
  if (first.width * first.height > maxArea) {
    const scale = Math.sqrt(maxArea / (first.width * first.height));
    steps[0] = { width: Math.floor(first.width * scale), height: Math.floor(first.height * scale) };
  }
  const last = steps.at(-1);
  if (!last || last.width !== target.width || last.height !== target.height) steps.push(target);
  return steps;
}
