// The photo worker: processes one photo per message, off the main thread, so typing stays smooth.
import { processPhoto } from './process-photo';
import type { WorkerReply, WorkerRequest } from './worker-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data }) => {
  processPhoto(data.file, data.settings).then(
    (photo) => scope.postMessage({ id: data.id, ok: true, photo }, [photo.bytes]),
    (error: unknown) =>
      scope.postMessage({ id: data.id, ok: false, message: error instanceof Error ? error.message : String(error), canvasMissing: typeof OffscreenCanvas !== 'function' }),
  );
};
