// An agenda read from a conference's file, before it becomes talks.
import type { Speaker, TalkInput } from '../model/types';

/** One session of an agenda, in the event's local date and time: a talk's fields, without tags. */
export interface AgendaItem extends Omit<TalkInput, 'tags'> {
  /** Stable id from the source (iCalendar UID, Sessionize id), so a re-import updates in place. */
  key: string;
}

/** The sessions read, or what is wrong with the file. */
export type AgendaResult = { ok: true; items: AgendaItem[] } | { ok: false; error: string };

/** Largest agenda file accepted (a big conference's .ics is well under 1 MB). */
export const MAX_AGENDA_BYTES = 5_000_000;

/** Speakers from "Ana Ñúñez, Tim Wagner (AWS)" or "Ana & Tim". */
export function parseSpeakers(text: string): Speaker[] {
  return splitOutsideParentheses(text)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s*\(([^)]*)\)$/.exec(part);
      return m ? { name: (m[1] ?? '').trim(), role: (m[2] ?? '').trim() } : { name: part, role: '' };
    });
}

// "Tim Wagner (GM, AWS Lambda), Ana & Leo" → ["Tim Wagner (GM, AWS Lambda)", "Ana", "Leo"].
function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const tokens = text.split(/(\(|\)|,|;|&|\band\b)/);
  for (const token of tokens) {
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (token === ',' || token === ';' || token === '&' || token === 'and')) {
      parts.push(current);
      current = '';
    } else current += token;
  }
  parts.push(current);
  return parts;
}
