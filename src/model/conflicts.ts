// Two versions of a talk's notes: this editor's and the one saved elsewhere meanwhile.

/** The three ways out of a conflict between this tab's notes and another tab's. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** Both texts in one note: this one first, then the one saved elsewhere under a clear divider. */
export function keepBoth(mine: string, theirs: string): string {
  return `${mine.trimEnd()}\n\n---- The version saved in another tab ----\n\n${theirs}`;
}

/** The text the notes take after the choice: null to keep this editor's text as it is ("mine"). */
export function resolveConflict(choice: ConflictChoice, mine: string, theirs: string): string | null {
  if (choice === 'mine') return null;
  return choice === 'theirs' ? theirs : keepBoth(mine, theirs);
}
