import { isQuotaError } from '../store/results';
import { systemClock, type Clock } from './clock';
import type { Savers } from './savers';

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
  /**
   * Saves now whatever is waiting; resolves true when everything typed has been committed. Pass
   * `leaving` when the page is being hidden or closed: the text is also written as a draft.
   */
  flush(leaving?: boolean): Promise<boolean>;
  /** Flushes, then stops and unregisters this saver. */
  dispose(): Promise<boolean>;
  /** True while something typed is not yet committed (waiting, being written, or failed). */
  pending(): boolean;
}

/** How an Autosaver saves and reports. */
export interface AutosaveOptions {
  /** Writes the text; must resolve only once the write has committed. */
  save: (text: string) => Promise<unknown>;
  /**
   * Writes the text where it survives the page dying at once (a draft committed right away); the
   * save follows in the same task. Used only when the page is being hidden or closed.
   */
  rescue?: (text: string) => Promise<unknown>;
  onStatus: (status: SaveStatus) => void;
  idleMs?: number;
  maxWaitMs?: number;
  clock?: Clock;
  /** Where the app finds every open saver (to flush them when the page is hidden); joined until dispose. */
  savers?: Savers | undefined;
}

/** The User Timing name of each committed save, from the save firing to its commit (`npm run bench` reads it). */
export const SAVE_MEASURE = 'talknotes:save';

// One entry per save for performance observers (the benchmark, the browser's tools); cleared from
// the timeline at once, so hours of typing keep no list in memory.
function recordSave(start: number): void {
  performance.measure(SAVE_MEASURE, { start, end: performance.now() });
  performance.clearMeasures(SAVE_MEASURE);
}

/** Creates a saver; call dispose() when its editor closes. */
export function createAutosaver({ save, rescue, onStatus, idleMs = 200, maxWaitMs = 200, clock = systemClock, savers }: AutosaveOptions): Autosaver {
  let latest = '';
  let dirty = false;
  let firstDirtyAt = 0;
  let timer: unknown;
  let issued = 0; // number of the last write started
  let committed = 0; // number of the newest write that committed
  const running = new Set<Promise<void>>();

  function schedule(): void {
    clock.clearTimeout(timer);
    const wait = Math.min(idleMs, maxWaitMs - (clock.now() - firstDirtyAt));
    // While a write runs, the timer waits for it: writes from typing never pile up.
    timer = clock.setTimeout(() => (running.size ? undefined : void write()), Math.max(0, wait));
  }

  // Starts writing the latest text now. Each write holds the full text, and IndexedDB commits
  // write transactions in the order they start, so a newer write always lands last.
  function write(leaving = false): Promise<void> {
    clock.clearTimeout(timer);
    timer = undefined;
    if (!dirty) return Promise.resolve();
    const text = latest;
    const number = ++issued;
    dirty = false;
    onStatus({ state: 'saving' });
    const started = performance.now();
    // A failed draft is not shown: the save below reports for itself, and when it commits the text
    // is saved; when the page dies first, there is no one left to tell. Developers see it.
    if (leaving && rescue) rescue(text).catch((error: unknown) => console.warn('Talknotes could not write a draft:', error));
    const done: Promise<void> = save(text).then(
      () => {
        recordSave(started);
        running.delete(done);
        committed = Math.max(committed, number);
        if (dirty) {
          if (!timer && !running.size) schedule();
        } else if (!running.size && committed === issued) {
          onStatus({ state: 'saved', at: clock.now() });
        }
      },
      (error: unknown) => {
        running.delete(done);
        if (number < committed) return; // a newer write already saved everything this one held
        // Keep the text marked unsaved: the next keystroke or flush tries again.
        if (!dirty) firstDirtyAt = clock.now();
        dirty = true;
        onStatus({ state: 'error', message: describeSaveError(error) });
      },
    );
    running.add(done);
    return done;
  }

  const settleAll = () => Promise.all([...running]);

  const saver: Autosaver = {
    change(text) {
      latest = text;
      if (!dirty) firstDirtyAt = clock.now();
      dirty = true;
      onStatus({ state: 'saving' });
      if (!running.size) schedule();
    },
    async flush(leaving = false) {
      // A save still running when the page goes may never commit: the text is written again, with
      // its draft, and this newer save deletes the draft once it lands.
      if (leaving && rescue && running.size) dirty = true;
      // The write starts in this very task, even while an older one runs: when the page is being
      // hidden or closed, there may be no later task to start it in.
      await write(leaving);
      await settleAll();
      if (dirty) await write(); // one retry after a failure
      await settleAll();
      return !dirty;
    },
    pending: () => dirty || running.size > 0,
    async dispose() {
      const saved = await saver.flush();
      leave?.();
      return saved;
    },
  };
  const leave = savers?.add(saver);
  return saver;
}

/** A message a person can act on for a failed save. */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (isQuotaError(error)) {
    return 'Not saved: this device is out of storage space. Free some space, then keep typing to retry.';
  }
  if (name === 'MissingRecordError') return message;
  if (name === 'ConflictError') return 'Not saved: these notes were changed in another tab. Choose which version to keep.';
  return `Not saved: ${message || 'the browser refused to store the notes'}. Keep typing or press "Try again" to retry.`;
}
