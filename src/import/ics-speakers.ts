// Who speaks, from the places calendar exporters put it: "Title - Ana, Tim" in SUMMARY (pretalx,
// frab), ATTENDEE;CN=…, ORGANIZER;CN=… or a bare ORGANIZER:Name, or a "Speakers: …" description line.
import type { Speaker } from '../model/types';
import { lastMatch, parseSpeakers } from './agenda';

/** What an event says about its people. */
export interface SpeakerClues {
  summary: string;
  /** ATTENDEE and ORGANIZER names (their CN, or a plain name written as the value). */
  people: string[];
  description: string;
}

// "Speakers: …", "Speaker - …", "Presented by …", "Moderator: …" on a line of their own (a dash only
// with spaces around it: "Host-based intrusion detection" names no host).
const DESCRIPTION_LINE = /^[ \t]*(?:(?:speakers?|presenters?|moderators?|panell?ists?|hosts?)(?:[ \t]*:|[ \t]+[–—-][ \t])|presented by:?)[ \t]*(\S.*)$/im;

/**
 * The title without the speakers an exporter appended, and every speaker found. A SUMMARY is split
 * only when the exporter is known to append speakers, or when every name after its last dash is
 * also named elsewhere in the event: "CI/CD - the good parts" keeps all its words.
 */
export function readSpeakers(clues: SpeakerClues, summaryHasSpeakers: boolean): { title: string; speakers: Speaker[] } {
  const line = DESCRIPTION_LINE.exec(clues.description.slice(0, 5000))?.[1] ?? '';
  const listed = [...parseSpeakers(line), ...clues.people.map((name) => ({ name: name.trim(), role: '' }))].filter((s) => s.name);
  const known = new Set(listed.map((s) => fold(s.name)));

  const summary = clues.summary.slice(0, 2000).trim();
  // pretalx and frab write "Title - " for a talk without speakers: the title is all before that dash.
  const bare = /\s[-–—]$/.test(summary);
  let title = bare ? summary.slice(0, -1).trimEnd() : summary;
  let fromTitle: Speaker[] = [];
  const dash = bare ? -1 : lastMatch(title, /\s[-–—]\s/g);
  if (dash >= 0) {
    const names = parseSpeakers(title.slice(dash + 3));
    const plausible = names.length > 0 && names.every((s) => looksLikeName(s.name));
    const confirmed = names.length > 0 && names.every((s) => known.has(fold(s.name)));
    if ((summaryHasSpeakers && plausible) || confirmed) {
      title = title.slice(0, dash).trim();
      fromTitle = names;
    }
  }
  return { title, speakers: merge([...fromTitle, ...listed]) };
}

// One entry per person, keeping the first role found.
function merge(speakers: Speaker[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const s of speakers) {
    const seen = byName.get(fold(s.name));
    if (!seen) byName.set(fold(s.name), s);
    else if (!seen.role && s.role) byName.set(fold(s.name), { name: seen.name, role: s.role });
  }
  return [...byName.values()];
}

const fold = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

// A name, not the end of a title: short, a few words, no sentence punctuation.
function looksLikeName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return name.length <= 80 && words.length <= 6 && !/[?!:|]/.test(name);
}
