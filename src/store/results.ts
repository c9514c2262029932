// What store writes hand back: the saved record, or messages saying what to fix.
import type { FieldErrors } from '../model/validate';

/** The saved record, or one message per field that has to change before it can be saved. */
export type SaveResult<R, I> = { ok: true; record: R } | { ok: false; errors: FieldErrors<I> };

/** Thrown when a record was deleted (perhaps in another tab) while someone was editing it. */
export class MissingRecordError extends Error {
  override name = 'MissingRecordError';
}

/** A fresh id for a new record. */
export function newId(): string {
  return crypto.randomUUID();
}
