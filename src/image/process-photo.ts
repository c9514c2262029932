// Turns a camera photo into a small JPEG: upright (EXIF orientation applied), at most `maxEdge`
// on its long edge, with no metadata (re-encoding keeps only pixels: no GPS, no camera data).
// Runs in a worker with OffscreenCanvas, or on the main thread with a <canvas> as a fallback.
import { fitWithin, resizeSteps } from '../model/photos';
import type { PhotoSettings } from '../model/types';

/** The re-encoded photo and what happened to it. */
export interface ProcessedPhoto {
  type: 'image/jpeg';
  bytes: ArrayBuffer;
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function makeCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function encode(canvas: AnyCanvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the photo'))), 'image/jpeg', quality),
  );
}

/** Decodes, orients, resizes and re-encodes one image file. */
export async function processPhoto(file: Blob, settings: Pick<PhotoSettings, 'maxEdge' | 'quality'>): Promise<ProcessedPhoto> {
  let source: ImageBitmap;
  try {
    source = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new Error('This file is not an image the browser can read (JPEG, PNG, WebP or HEIC where supported).', { cause: error });
  }
  const target = fitWithin(source.width, source.height, settings.maxEdge);
  let current: ImageBitmap | AnyCanvas = source;
  for (const step of resizeSteps(source, target)) {
    const canvas = makeCanvas(step.width, step.height);
    const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!context) throw new Error('The browser could not make a canvas to resize the photo.');
    // JPEG has no transparency: a transparent screenshot gets a white background, not a black one.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, step.width, step.height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(current, 0, 0, step.width, step.height);
    current = canvas;
  }
  const { width: originalWidth, height: originalHeight } = source;
  source.close();
  const blob = await encode(current as AnyCanvas, settings.quality);
  // Some browsers quietly return PNG for a type they cannot encode: a photo must be a JPEG.
  if (blob.type !== 'image/jpeg') throw new Error(`This browser made a ${blob.type || 'unknown'} file instead of a JPEG.`);
  return { type: 'image/jpeg', bytes: await blob.arrayBuffer(), width: target.width, height: target.height, originalWidth, originalHeight };
}
