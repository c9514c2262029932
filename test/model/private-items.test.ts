import { describe, expect, it } from 'vitest';
import { findActionItems, isAside, setActionDone, withoutPrivateItems } from '../../src/model/private-items';

const notes = [
  'Intro',
  '- [ ] ask Ana for the slides',
  '* [x] try Localstack',
  '{Try this for Macys maybe?}',
  '```',
  '- [ ] in code stays',
  '{in: code}',
  '```',
  '{{ not an aside }}',
  'End',
].join('\n');

describe('private items', () => {
  it('finds action items, open and done, with their lines', () => {
    expect(findActionItems(notes)).toEqual([
      { line: 1, text: 'ask Ana for the slides', done: false },
      { line: 2, text: 'try Localstack', done: true },
      { line: 5, text: 'in code stays', done: false },
    ]);
  });

  it('checks and unchecks an item, and ignores a line that is not one', () => {
    expect(setActionDone(notes, 1, true).split('\n')[1]).toBe('- [x] ask Ana for the slides');
    expect(setActionDone(notes, 2, false).split('\n')[2]).toBe('* [ ] try Localstack');
    expect(setActionDone(notes, 0, true)).toBe(notes);
  });

  it.each([
    ['{Used by Expedia}', true],
    ['  {aside}  ', true],
    ['{{ .Values }}', false],
    ['{% if x %}', false],
    ['text {aside}', false],
  ])('%j is an aside: %s', (line, aside) => expect(isAside(line)).toBe(aside));

  it('leaves action items and asides out of what is published, but not inside code', () => {
    expect(withoutPrivateItems(notes)).toBe(['Intro', '```', '- [ ] in code stays', '{in: code}', '```', '{{ not an aside }}', 'End'].join('\n'));
  });
});
