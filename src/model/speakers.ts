// How speakers read in a line of text.
import type { Speaker } from './types';

/** "Tim Wagner (GM, AWS Lambda), Leo Zhadanovsky (@leozh)": names with their role or handle. */
export function formatSpeakers(speakers: readonly Speaker[]): string {
  return speakers.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ');
}
