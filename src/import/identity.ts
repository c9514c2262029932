// Keys that name a session the same way on every import of the same file, so notes stay with their
// talk. Files do not always help: site generators repeat one UID on many events, some write none.
import { slugify } from './slugify';

/** What a key is made of. */
export interface Identifiable {
  /** The file's own id, or "". */
  id: string;
  /** The start as the file writes it, whatever zone it is shown in. */
  anchor: string;
  title: string;
  room: string;
}

/**
 * One key per session, in order. A unique id is the key ("ics:<uid>", as earlier imports wrote it).
 * When ids can be trusted (Sessionize, frab), sessions sharing one are one session listed twice and
 * share the key. Otherwise a repeated id is told apart by title, then start, then room: by title
 * first, so that a session moving into a slot another one left keeps its own key (and its notes).
 * A missing id is replaced by a fingerprint of title and start (then room). Sessions still alike in
 * all of that are the same session listed twice, and share the key.
 */
export function assignKeys(prefix: string, trustedIds: boolean, sessions: readonly Identifiable[]): string[] {
  const base = sessions.map((s) => (s.id ? `${prefix}:${s.id}` : `${prefix}:~${slugify(s.title)}@${s.anchor}`));
  if (trustedIds) return base.map(capped);
  const refinements: ((s: Identifiable) => string)[] = [
    (s) => (s.id ? `:${slugify(s.title)}` : ''),
    (s) => (s.id ? `@${s.anchor}` : ''),
    (s) => `@${slugify(s.room)}`,
  ];
  let keys = base;
  for (const refine of refinements) {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    keys = keys.map((key, i) => ((counts.get(key) ?? 0) > 1 ? key + refine(sessions[i] as Identifiable) : key));
  }
  return keys.map(capped);
}

/** Longest key kept as it is; longer ones (a 112-digit Outlook UID with a long title) end in a hash of the whole. */
export const MAX_KEY = 300;

function capped(key: string): string {
  if (key.length <= MAX_KEY) return key;
  // FNV-1a, 32 bits, twice with different seeds: a short, stable name for the whole key.
  const hash = (seed: number) => {
    let h = seed;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
    return h.toString(36);
  };
  return `${key.slice(0, MAX_KEY - 20)}#${hash(2166136261)}${hash(0x811c9dc5 ^ 0x5bd1e995)}`;
}
