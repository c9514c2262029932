// Search across every event: talk titles, speakers, tags and notes. Case and accents are ignored
// ("munchen" finds "München"); every word typed must appear somewhere in the talk.
import { formatSpeakers } from './speakers';
import type { EventRecord, TalkRecord } from './types';

/** One talk prepared for searching: each field folded once, so each query only scans. */
export interface SearchEntry {
  talk: TalkRecord;
  event: EventRecord | undefined;
  lines: string[];
  folded: { title: string; speakers: string; tags: string; notes: string[] };
}

/** A talk that matches, with the line to show and open. */
export interface SearchHit {
  talk: TalkRecord;
  event: EventRecord | undefined;
  /** Where the first word was found. */
  field: 'title' | 'speakers' | 'tags' | 'notes';
  /** 1-based line of the notes for field "notes", else 0. */
  line: number;
  /** The text to show: the notes line, or the title / speakers / tags. */
  text: string;
}

// Letters that do not decompose into a base letter and an accent, spelled as people type them.
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Lowercase without accents, one string per character of the input (so positions in the folded
 * text map back to the original): the form both the text and the query are compared in.
 */
export function foldChars(text: string): string[] {
  return [...text].map((c) => {
    const lower = c.toLowerCase();
    return LETTERS[lower] ?? lower.normalize('NFD').replace(/\p{Mn}/gu, '');
  });
}

/** Lowercase without accents: "Łódź Søren" → "lodz soren". */
export function fold(text: string): string {
  // The same as foldChars(text).join(''), touching only the non-ASCII characters: many times faster.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: \x00-\x7f is all of ASCII; only the rest is folded
  return text.toLowerCase().replace(/[^\x00-\x7f]/gu, (c) => LETTERS[c] ?? c.normalize('NFD').replace(/\p{Mn}/gu, ''));
}

/** Prepares talks (with their events and notes) for searching. */
export function buildSearchIndex(events: readonly EventRecord[], talks: readonly TalkRecord[], notes: Record<string, string>): SearchEntry[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  return talks.map((talk) => {
    const lines = (notes[talk.id] ?? '').split('\n');
    return {
      talk,
      event: byId.get(talk.eventId),
      lines,
      folded: {
        title: fold(talk.title),
        speakers: fold(formatSpeakers(talk.speakers)),
        tags: fold((talk.tags ?? []).join(' ')),
        notes: lines.map(fold),
      },
    };
  });
}

/** Talks matching every word of the query, best first (title matches, then speakers, tags, notes). */
export function search(index: readonly SearchEntry[], query: string, limit = 100): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const rank = { title: 0, speakers: 1, tags: 2, notes: 3 } as const;
  const hits: SearchHit[] = [];
  for (const entry of index) {
    const { folded } = entry;
    const inTalk = (word: string) =>
      folded.title.includes(word) || folded.speakers.includes(word) || folded.tags.includes(word) || folded.notes.some((l) => l.includes(word));
    if (!words.every(inTalk)) continue;
    hits.push(firstHit(entry, words));
  }
  hits.sort((a, b) => rank[a.field] - rank[b.field] || (b.talk.date || '').localeCompare(a.talk.date || ''));
  return hits.slice(0, limit);
}

// The line to show: the notes line with the most query words, else the field the first word is in.
function firstHit(entry: SearchEntry, words: string[]): SearchHit {
  const { talk, event, folded, lines } = entry;
  if (words.some((w) => folded.title.includes(w))) return { talk, event, field: 'title', line: 0, text: talk.title };
  let best = -1;
  let bestCount = 0;
  folded.notes.forEach((line, i) => {
    const count = words.filter((w) => line.includes(w)).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  if (best >= 0) return { talk, event, field: 'notes', line: best + 1, text: lines[best] ?? '' };
  if (words.some((w) => folded.speakers.includes(w))) return { talk, event, field: 'speakers', line: 0, text: formatSpeakers(talk.speakers) };
  return { talk, event, field: 'tags', line: 0, text: (talk.tags ?? []).join(', ') };
}
