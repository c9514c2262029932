// The commit message of a publish, and reading its trailers back: the trailer is how a publish
// whose answer was lost is recognised on the branch, so it is never committed twice.
import type { MessageParts } from './job';
import type { CommitInfo } from './types';

/** The trailer naming the publish a commit belongs to. */
export const PUBLISH_ID_TRAILER = 'Talknotes-Publish-Id';
/** The trailer of a publish split into several commits: "2/3". */
export const PART_TRAILER = 'Talknotes-Part';

/** One commit of several. */
export interface Part {
  index: number;
  total: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// One line of the message: line breaks in a title would start a paragraph, or fake a trailer.
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "Notes from <event>: 2 posts, 5 photos (part 2 of 3)", the post titles, then the trailers. */
export function commitMessage(parts: MessageParts, publishId: string, part: Part | null = null): string {
  const what = [parts.postTitles.length > 0 ? plural(parts.postTitles.length, 'post') : '', parts.photoCount > 0 ? plural(parts.photoCount, 'photo') : '']
    .filter(Boolean)
    .join(', ');
  const event = oneLine(parts.eventName) || 'an event';
  const headline = `Notes from ${event}${what ? `: ${what}` : ''}${part ? ` (part ${part.index} of ${part.total})` : ''}`;
  const body = parts.postTitles.map((title) => `- ${oneLine(title)}`).join('\n');
  const trailers = [`${PUBLISH_ID_TRAILER}: ${publishId}`, ...(part ? [`${PART_TRAILER}: ${part.index}/${part.total}`] : [])].join('\n');
  return [headline, body, trailers].filter(Boolean).join('\n\n');
}

/** The value of a trailer in a message's last paragraph, or null. */
export function trailer(message: string, key: string): string | null {
  const paragraphs = message
    .replace(/\r\n/g, '\n')
    .trimEnd()
    .split(/\n\s*\n/);
  const last = paragraphs.length > 1 ? (paragraphs[paragraphs.length - 1] ?? '') : '';
  for (const line of last.split('\n')) {
    const match = /^([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (match && match[1]?.toLowerCase() === key.toLowerCase()) return match[2] ?? '';
  }
  return null;
}

/** Which part of its publish a commit is (null: the whole publish in one commit). */
export function partOf(message: string): Part | null {
  const match = /^(\d+)\/(\d+)$/.exec(trailer(message, PART_TRAILER) ?? '');
  return match ? { index: Number(match[1]), total: Number(match[2]) } : null;
}

/** The commits of this publish among `commits`, oldest first. */
export function findPublished(commits: readonly CommitInfo[], publishId: string): CommitInfo[] {
  return commits.filter((c) => trailer(c.message, PUBLISH_ID_TRAILER) === publishId).reverse();
}

/** True when these commits hold the whole publish: one commit, or every part of it. */
export function isComplete(found: readonly CommitInfo[]): boolean {
  if (found.length === 0) return false;
  const parts = found.map((c) => partOf(c.message));
  if (parts.some((p) => p === null)) return true;
  const total = Math.max(...parts.map((p) => p?.total ?? 0));
  const seen = new Set(parts.filter((p) => p?.total === total).map((p) => p?.index));
  return Array.from({ length: total }, (_, i) => i + 1).every((i) => seen.has(i));
}
