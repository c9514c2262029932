// Two versions of a talk's notes in one text.

/** Both texts in one note: this one first, then the one saved elsewhere under a clear divider. */
export function keepBoth(mine: string, theirs: string): string {
  return `${mine.trimEnd()}\n\n---- The version saved in another tab ----\n\n${theirs}`;
}
