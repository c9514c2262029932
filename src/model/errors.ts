// One way to put anything thrown into words, for every layer.

/** A plain-words message for anything thrown: an Error's message (its name when it has none), else the value as text. */
export function errorMessage(error: unknown): string {
  // DOMException is an Error in today's engines and in Node; its message can be empty, its name not.
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
