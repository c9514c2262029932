// The photo worker: processes one photo per message, off the main thread, so typing stays smooth.
import { processPhoto } from './process-photo';
import type { WorkerReply, WorkerRequest } from './worker-messages';

// Compiled with the WebWorker library (tsconfig.worker.json), where `self` is the worker's scope.
declare const self: DedicatedWorkerGlobalScope;

const reply = (message: WorkerReply, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  processPhoto(data.file, data.settings).then(
    (photo) => reply({ id: data.id, ok: true, photo }, [photo.bytes]),
    (error: unknown) =>
      reply({ id: data.id, ok: false, message: error instanceof Error ? error.message : String(error), canvasMissing: typeof OffscreenCanvas !== 'function' }),
  );
};
