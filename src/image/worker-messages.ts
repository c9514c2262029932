// What the page and the photo worker say to each other.
import type { PhotoSettings } from '../model/types';
import type { ProcessedPhoto } from './process-photo';

/** Page → worker: process this file. */
export interface WorkerRequest {
  id: number;
  file: Blob;
  settings: Pick<PhotoSettings, 'maxEdge' | 'quality'>;
}

/** Worker → page: the result, or why it failed (and whether the main thread should try instead). */
export type WorkerReply = { id: number; ok: true; photo: ProcessedPhoto } | { id: number; ok: false; message: string; canvasMissing: boolean };
