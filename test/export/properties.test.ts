// Properties that must hold for anything a person can type (fast-check generates the input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportEvent } from '../../src/export';
import { slugify, uniqueNames } from '../../src/export/slug';
import { AFTER, event, settings } from './fixture';

const anyText = fc.string({ unit: 'grapheme', maxLength: 120 });

// Front matter as Jekyll splits it: from the first "---" line to the next line that is exactly "---".
function frontMatterOf(post: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?\n?)^---$\n?/m.exec(post);
  if (!m) throw new Error(`no front matter in ${JSON.stringify(post.slice(0, 80))}`);
  return parse(m[1] ?? '', { version: '1.1' }) as Record<string, unknown>;
}

describe('for any title and notes', () => {
  it('the post title and an extra value survive a YAML parse unchanged', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, value, note) => {
        // Notes ride along: whatever they hold, they must not end the front matter early.
        const clean = title.replace(/\r/g, '').trim() || 'x';
        const talk = {
          id: 't',
          eventId: event.id,
          title: 'T',
          speakers: [],
          date: '2017-04-18',
          startTime: '09:00',
          endTime: '',
          room: '',
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        };
        const [post] = exportEvent(
          { event, talks: [talk], notes: { t: note } },
          settings({ titleTemplate: clean, intro: '', dayIntros: {}, extra: [{ key: 'subtitle', value }] }),
          { deviceTimeZone: 'UTC', now: AFTER },
        ).files;
        const data = frontMatterOf(post?.text ?? '');
        expect(data.title).toBe(
          clean
            .replace(
              /\{(event|day|date|talk|speakers)\}/g,
              (m) => ({ '{event}': event.name, '{day}': '1', '{date}': '2017-04-18', '{talk}': 'T', '{speakers}': '' })[m] ?? m,
            )
            .trim(),
        );
        // Typed values that read as a flag or a number become one; anything else stays text.
        if (!/^\s*(true|false|-?\d+(\.\d+)?)\s*$/i.test(value)) expect(data.subtitle ?? '').toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('for any text', () => {
  it('a slug is always safe: lowercase ASCII words and hyphens, at most 60 characters, never a device name', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const slug = slugify(text, 'fallback');
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(60);
        expect(slug).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
      }),
      { numRuns: 500 },
    );
  });

  it('unique names are unique', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'a-2', 'c'), { maxLength: 30 }), (names) => {
        expect(new Set(uniqueNames(names)).size).toBe(names.length);
      }),
    );
  });
});
