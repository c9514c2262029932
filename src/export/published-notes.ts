// The notes as they go into posts: private items left out unless asked for, and each talk's code
// blocks closed, so one talk's unclosed ``` cannot turn every later talk of a post into code.
// Breaks and lunch from an imported agenda go into posts only when something was noted in them.
import type { ExportSettings } from '../model/export-settings';
import { withoutPrivateItems } from '../model/private-items';
import type { ExportProblem, ExportSource } from './types';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const LABEL = /^\s{0,3}\[(\^?[^\]\n]+)\]:\s/;

/** The source with its notes as published, and the problems found in them. */
export function publishedNotes(source: ExportSource, settings: ExportSettings): { source: ExportSource; problems: ExportProblem[] } {
  const problems: ExportProblem[] = [];
  const notes: Record<string, string> = {};
  for (const talk of source.talks) {
    const typed = source.notes[talk.id];
    if (typed === undefined) continue;
    const text = settings.includePrivate ? typed : withoutPrivateItems(typed);
    const open = openFence(text);
    if (open) {
      problems.push({
        kind: 'open-code-block',
        message: `"${talk.title}" has a code block that is never closed; the export closes it at the end of the talk.`,
        hint: `Add a line ${open} where the code ends.`,
      });
    }
    notes[talk.id] = open ? `${text.replace(/\s+$/, '')}\n${open}` : text;
  }
  problems.push(...labelClashes(source, notes, settings));
  const talks = source.talks.filter((t) => !t.service || (notes[t.id] ?? '').trim());
  return { source: { ...source, talks, notes }, problems };
}

// The fence that a still-open code block needs to close, or "" when all are closed.
function openFence(text: string): string {
  let open = '';
  for (const line of text.split('\n')) {
    const m = FENCE.exec(line);
    if (!m) continue;
    const fence = m[1] ?? '';
    if (!open) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = '';
  }
  return open;
}

// Link and footnote labels ([1]: url, [^1]: text) are shared by a whole post: two talks in one
// post defining the same label point to one address.
function labelClashes(source: ExportSource, notes: Record<string, string>, settings: ExportSettings): ExportProblem[] {
  if (settings.grouping === 'talk') return [];
  const owners = new Map<string, string[]>();
  for (const talk of source.talks) {
    for (const line of (notes[talk.id] ?? '').split('\n')) {
      const label = LABEL.exec(line)?.[1]?.toLowerCase();
      if (!label) continue;
      const list = owners.get(label) ?? [];
      if (!list.includes(talk.title)) owners.set(label, [...list, talk.title]);
    }
  }
  return [...owners]
    .filter(([, talks]) => talks.length > 1)
    .map(([label, talks]) => ({
      kind: 'duplicate-label' as const,
      message: `The link label [${label}] is defined in several talks (${talks.map((t) => `"${t}"`).join(', ')}); in one post they would all point to one address.`,
      hint: 'Rename the label in all but one talk, or export one post per talk.',
    }));
}
