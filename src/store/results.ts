// What store writes hand back: the saved record, or messages saying what to fix.
import type { FieldErrors } from '../model/validate';

/** The saved record, or one message per field that has to change before it can be saved. */
export type SaveResult<R, I> = { ok: true; record: R } | { ok: false; errors: FieldErrors<I> };

/** What a screen says when the event it opens is not on this device. */
export const EVENT_MISSING = 'This event does not exist on this device; it may have been deleted.';
/** What a screen says when the talk it opens is not on this device. */
export const TALK_MISSING = 'This talk does not exist on this device; it may have been deleted.';
/** What a screen says when a talk's event is not on this device. */
export const TALKS_EVENT_MISSING = 'The event of this talk does not exist on this device; it may have been deleted.';
/** What a write says when its event was deleted meanwhile. */
export const EVENT_GONE = 'This event no longer exists; it may have been deleted in another tab.';

/** Thrown when a record was deleted (perhaps in another tab) while someone was editing it. */
export class MissingRecordError extends Error {
  override name = 'MissingRecordError';
}

/** A fresh id for a new record. */
export function newId(): string {
  return crypto.randomUUID();
}

/** True for "the device is out of storage", however the browser reports it. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException || error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  // Some browsers abort the transaction and report only an AbortError that mentions the quota.
  return error.name === 'AbortError' && /quota|space|storage/i.test(error.message);
}

/**
 * Runs the writes of one transaction; if any throws, aborts the transaction so that none of them
 * land (a write that throws outright, not through its request, would otherwise leave the earlier
 * ones to commit), then rethrows the first error.
 */
export async function allOrNothing<T>(tx: { abort(): void; done: Promise<void> }, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch (abortError) {
      // Already finished or aborted by the failing request itself: nothing left to undo.
      if (!(abortError instanceof DOMException && abortError.name === 'InvalidStateError')) throw abortError;
    }
    await tx.done.catch(() => undefined); // rejects with the AbortError we just caused
    throw error;
  }
}

/**
 * Marks a request's promise as looked after: if the transaction is aborted, its rejection is
 * reported by allOrNothing (through tx.done), not as an unhandled rejection. The promise returned
 * is the original, so awaiting it still fails as before.
 */
export function tracked<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}
