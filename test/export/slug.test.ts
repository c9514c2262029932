import { describe, expect, it } from 'vitest';
import { slugify, uniqueNames } from '../../src/export/slug';

describe('slugify', () => {
  it.each([
    ['AWS Summit - SFO - Day 1 Notes', 'aws-summit-sfo-day-1-notes'],
    ['Größe & Überraschung', 'groesse-ueberraschung'],
    ['Tiếng Việt', 'tieng-viet'],
    ['Ελληνικά', 'ellinika'],
    ['日本語のセッション 2', '2'],
    ['Łódź, Ærø, Ñúñez', 'lodz-aero-nunez'],
    ['Привет, мир', 'privet-mir'],
    ['日本語のセッション', 'fallback'],
    ['🎉', 'fallback'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['con', 'con-notes'],
    ['LPT1', 'lpt1-notes'],
    ['!!!', 'fallback'],
    ['', 'fallback'],
    ['   --- ', 'fallback'],
  ])('%j → %j', (text, slug) => expect(slugify(text, 'fallback')).toBe(slug));

  it('caps the length at a word boundary', () => {
    const slug = slugify('Serverless '.repeat(20), 'x');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^serverless(-serverless)+$/);
  });

  it('only ever yields safe names', () => {
    const nasty = ['a/b', 'a\\b', '..', '.', ' ', '\u0000', 'a\u202Eb', 'nul.txt', '%2e%2e', 'CON.md'];
    for (const text of nasty) expect(slugify(text, 'x')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('uniqueNames', () => {
  it('numbers repeats in order', () => {
    expect(uniqueNames(['a', 'b', 'a', 'a', 'a-2'])).toEqual(['a', 'b', 'a-2', 'a-3', 'a-2-2']);
  });
});
