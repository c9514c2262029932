// A plain key from a title, for matching pasted sessions on a re-import (no transliteration needed).

/** "The State of Serverless!" → "the-state-of-serverless"; other scripts are kept as they are. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s\p{P}\p{S}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
