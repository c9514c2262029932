// Saves typed text shortly after each pause, and at the latest `maxWaitMs` after the first unsaved
// keystroke, so a steady typist is never more than a moment away from the last save.

/** What the editor shows about saving. */
export type SaveStatus =
  | { state: 'idle' } // nothing typed since opening
  | { state: 'saving' } // changes waiting or being written
  | { state: 'saved'; at: number } // the last write committed and nothing newer is waiting
  | { state: 'error'; message: string }; // the last write failed; the text is still in the editor

/** One editor's save scheduler. */
export interface Autosaver {
  /** Records the latest full text; a save follows shortly. */
  change(text: string): void;
  /** Saves now whatever is waiting; resolves true when everything typed has been committed. */
  flush(): Promise<boolean>;
  /** Flushes, then stops and unregisters this saver. */
  dispose(): Promise<boolean>;
}

/** How an Autosaver saves and reports. */
export interface AutosaveOptions {
  /** Writes the text; must resolve only once the write has committed. */
  save: (text: string) => Promise<unknown>;
  onStatus: (status: SaveStatus) => void;
  idleMs?: number;
  maxWaitMs?: number;
}

const live = new Set<Autosaver>();

/** Flushes every open editor, e.g. before the app reloads for an update. */
export async function flushAllAutosavers(): Promise<boolean> {
  const results = await Promise.all([...live].map((saver) => saver.flush()));
  return results.every(Boolean);
}

/** Creates a saver; call dispose() when its editor closes. */
export function createAutosaver({ save, onStatus, idleMs = 200, maxWaitMs = 300 }: AutosaveOptions): Autosaver {
  let latest = '';
  let dirty = false;
  let firstDirtyAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | null = null;

  function schedule(): void {
    clearTimeout(timer);
    const wait = Math.min(idleMs, maxWaitMs - (Date.now() - firstDirtyAt));
    timer = setTimeout(() => void write(), Math.max(0, wait));
  }

  function write(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (writing) return writing; // the running write schedules the next one when it ends
    if (!dirty) return Promise.resolve();
    const text = latest;
    dirty = false;
    onStatus({ state: 'saving' });
    writing = save(text).then(
      () => {
        writing = null;
        if (dirty) schedule();
        else onStatus({ state: 'saved', at: Date.now() });
      },
      (error: unknown) => {
        writing = null;
        // Keep the text marked unsaved: the next keystroke or flush tries again.
        if (!dirty) firstDirtyAt = Date.now();
        dirty = true;
        onStatus({ state: 'error', message: describeSaveError(error) });
      },
    );
    return writing;
  }

  const saver: Autosaver = {
    change(text) {
      latest = text;
      if (!dirty) firstDirtyAt = Date.now();
      dirty = true;
      onStatus({ state: 'saving' });
      if (!writing) schedule();
    },
    async flush() {
      await write();
      // A write that was already running when flush began saved older text; write the rest.
      if (dirty) await write();
      return !dirty;
    },
    async dispose() {
      const saved = await saver.flush();
      live.delete(saver);
      return saved;
    },
  };
  live.add(saver);
  return saver;
}

/** A message a person can act on for a failed save. */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') {
    return 'Not saved: this device is out of storage space. Free some space, then keep typing to retry.';
  }
  if (name === 'MissingRecordError') return message;
  return `Not saved: ${message || 'the browser refused to store the notes'}. Keep typing or press "Try again" to retry.`;
}
