// Revision ids: every save of a note gets a new one, so an editor can tell its own text from
// another tab's.

let counter = 0;

/** A new revision id: different for every save, in every tab. */
export const newRevision = () => `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
