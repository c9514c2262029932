// File-name-safe slugs: lowercase ASCII, transliterated where a script allows, never a path.
import transliterate from '@sindresorhus/transliterate';

const MAX_LENGTH = 60;
// Names Windows refuses as files, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * "Día 1: Überraschung!" → "dia-1-ueberraschung". Latin, Cyrillic, Greek, Arabic, Vietnamese and
 * more are transliterated; scripts with no Latin spelling here (Chinese, Japanese, Korean, emoji)
 * drop out, and `fallback` is used when nothing usable is left. The result has only [a-z0-9-], no leading or trailing
 * "-", at most 60 characters, and is never a reserved device name.
 */
export function slugify(text: string, fallback: string): string {
  const ascii = transliterate(text.normalize('NFC')).toLowerCase();
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_LENGTH) {
    const cut = slug.slice(0, MAX_LENGTH + 1);
    // Cut at a word boundary when there is one in the second half.
    const at = cut.lastIndexOf('-');
    slug = (at > MAX_LENGTH / 2 ? cut.slice(0, at) : cut.slice(0, MAX_LENGTH)).replace(/-+$/, '');
  }
  if (!slug) return fallback;
  return RESERVED.test(slug) ? `${slug}-notes` : slug;
}

/** Makes names unique in order of arrival: "notes", "notes-2", "notes-3". */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name}-${n}`;
    used.add(candidate);
    return candidate;
  });
}
