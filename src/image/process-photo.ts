// Turns a camera photo into a small JPEG: upright (EXIF orientation applied), at most `maxEdge`
// on its long edge, with no metadata (re-encoding keeps only pixels: no GPS, no camera data).
// Runs in a worker with OffscreenCanvas, or on the main thread with a <canvas> as a fallback.
import { fitWithin, resizeSteps } from '../model/photo-size';
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

/**
 * What the main thread's fallback <canvas> offers. Typed here, not as HTMLCanvasElement, so that
 * this file also compiles for the worker (src/image/tsconfig.worker.json has no DOM types).
 */
interface PageCanvas {
  width: number;
  height: number;
  getContext(id: '2d'): OffscreenCanvasRenderingContext2D | null;
  toBlob(callback: (blob: Blob | null) => void, type: string, quality: number): void;
}

type AnyCanvas = OffscreenCanvas | PageCanvas;

function makeCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  // Only on the main thread (older Safari has no OffscreenCanvas, and then no worker either).
  const page = globalThis as unknown as { document: { createElement(tag: 'canvas'): PageCanvas } };
  const canvas = page.document.createElement('canvas');
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
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | null;
    if (!context) throw new Error('The browser could not make a canvas to resize the photo.');
    // JPEG has no transparency: a transparent screenshot gets a white background, not a black one.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, step.width, step.height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    // A page <canvas> is drawable like an OffscreenCanvas; the worker's types just do not know it.
    context.drawImage(current as ImageBitmap | OffscreenCanvas, 0, 0, step.width, step.height);
    current = canvas;
  }
  const { width: originalWidth, height: originalHeight } = source;
  source.close();
  const blob = await encode(current as AnyCanvas, settings.quality);
  // Some browsers quietly return PNG for a type they cannot encode: a photo must be a JPEG.
  if (blob.type !== 'image/jpeg') throw new Error(`This browser made a ${blob.type || 'unknown'} file instead of a JPEG.`);
  return { type: 'image/jpeg', bytes: await blob.arrayBuffer(), width: target.width, height: target.height, originalWidth, originalHeight };
}
