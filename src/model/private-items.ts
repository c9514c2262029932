// Private items: action items ("- [ ] call Ana") and personal asides (a line "{like this}") are for
// the note-taker, not the readers. They stay out of published posts unless asked for.

const ACTION = /^\s*[-*+] \[([ xX])\] (.*)$/;
const ASIDE = /^\s*\{(?![{%])[^{}\n]*\}\s*$/;

/** An action item in a talk's notes. */
export interface ActionItem {
  /** 0-based line in the notes. */
  line: number;
  text: string;
  done: boolean;
}

/** Every action item in the notes, open or done. */
export function findActionItems(notes: string): ActionItem[] {
  const items: ActionItem[] = [];
  notes.split('\n').forEach((line, i) => {
    const m = ACTION.exec(line);
    if (m) items.push({ line: i, text: (m[2] ?? '').trim(), done: m[1] !== ' ' });
  });
  return items;
}

/** The notes with the action item on `line` checked or unchecked. */
export function setActionDone(notes: string, line: number, done: boolean): string {
  const lines = notes.split('\n');
  const current = lines[line];
  if (current === undefined || !ACTION.test(current)) return notes;
  lines[line] = current.replace(/\[[ xX]\]/, done ? '[x]' : '[ ]');
  return lines.join('\n');
}

/** True for a line that is a private aside: the whole line in single braces. */
export function isAside(line: string): boolean {
  return ASIDE.test(line);
}

/** The notes without action items and asides, for publishing (lines inside code blocks stay). */
export function withoutPrivateItems(notes: string): string {
  let inCode = false;
  const kept = notes.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    return inCode || !(ACTION.test(line) || isAside(line));
  });
  return kept.join('\n');
}
