// Processing photos for the editor: in a worker where the browser has OffscreenCanvas, else on the
// main thread (older Safari), with the same code and the same result.
import type { PhotoSettings } from '../model/types';
import { processPhoto, type ProcessedPhoto } from './process-photo';
import type { WorkerReply, WorkerRequest } from './worker-messages';

let worker: Worker | null = null;
let workerBroken = typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function';
let nextId = 0;
const waiting = new Map<number, { resolve: (p: ProcessedPhoto) => void; reject: (e: Error) => void; file: Blob; settings: WorkerRequest['settings'] }>();

function startWorker(): Worker {
  const created = new Worker(new URL('./photo-worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
    const job = waiting.get(data.id);
    if (!job) return;
    waiting.delete(data.id);
    if (data.ok) job.resolve(data.photo);
    else if (data.canvasMissing) fallBack(job);
    else job.reject(new Error(data.message));
  };
  created.onerror = (event) => {
    // The worker itself failed (no module workers here): every waiting photo goes to the main thread.
    event.preventDefault();
    workerBroken = true;
    worker = null;
    created.terminate();
    for (const job of waiting.values()) fallBack(job);
    waiting.clear();
  };
  return created;
}

function fallBack(job: { resolve: (p: ProcessedPhoto) => void; reject: (e: Error) => void; file: Blob; settings: WorkerRequest['settings'] }) {
  processPhoto(job.file, job.settings).then(job.resolve, job.reject);
}

/** Processes one photo (resize, orient, strip metadata, JPEG), off the main thread where possible. */
export function preparePhoto(file: Blob, settings: Pick<PhotoSettings, 'maxEdge' | 'quality'>): Promise<ProcessedPhoto> {
  if (workerBroken) return processPhoto(file, settings);
  worker ??= startWorker();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, file, settings });
    worker?.postMessage({ id, file, settings } satisfies WorkerRequest);
  });
}
