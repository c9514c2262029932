// Reading values out of JSON nobody promised the shape of: anything missing or of another type
// reads as empty, never as an exception.

/** A JSON object (not null, not an array). */
export type Json = Record<string, unknown>;

/** True for a JSON object. */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The array, or an empty one. */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A string, a number as text, or "". */
export const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
