import { describe, expect, it } from 'vitest';
import { keepBoth, resolveConflict, type ConflictChoice } from '../../src/model/conflicts';
import { appendRecovered, resolveDraft, type DraftOutcome } from '../../src/model/drafts';
import type { DraftRecord, NoteRecord } from '../../src/model/types';

const draft = (over: Partial<DraftRecord> = {}): DraftRecord => ({
  talkId: 't1',
  eventId: 'e1',
  tab: 'closed-tab',
  basedOn: 'r1',
  own: [],
  text: '* typed before the page closed',
  createdAt: 5,
  updatedAt: 5,
  ...over,
});
const note = (text: string, revision: string): NoteRecord => ({ talkId: 't1', eventId: 'e1', text, revision, createdAt: 1, updatedAt: 2 });

describe('keepBoth', () => {
  it('keeps this text first, then the other under a divider saying where it came from', () => {
    expect(keepBoth('mine\n\n', 'theirs')).toBe('mine\n\n---- The version saved in another tab ----\n\ntheirs');
  });
});

describe('resolveConflict', () => {
  it.each<[ConflictChoice, string | null]>([
    ['mine', null], // this editor's text stays as it is, and is saved over theirs
    ['theirs', 'theirs'],
    ['both', keepBoth('mine', 'theirs')],
  ])('"%s"', (choice, text) => expect(resolveConflict(choice, 'mine', 'theirs')).toBe(text));
});

describe('appendRecovered', () => {
  it('keeps the notes first, then the draft under a line saying where it came from', () => {
    expect(appendRecovered('notes\n\n', 'draft')).toBe('notes\n\n---- Typed in a tab that closed before it could save ----\n\ndraft');
  });
});

describe('what a draft left by a closed page becomes', () => {
  const cases: [string, DraftRecord, NoteRecord | undefined, boolean, DraftOutcome][] = [
    [
      'the talk has no notes yet: the draft is the notes',
      draft({ basedOn: '' }),
      undefined,
      true,
      { kind: 'save', text: '* typed before the page closed', merged: false },
    ],
    [
      'the notes are still what it was typed over: the draft replaces them',
      draft(),
      note('* typed', 'r1'),
      true,
      { kind: 'save', text: '* typed before the page closed', merged: false },
    ],
    [
      'the notes are at a revision its own editor saved: the draft replaces them',
      draft({ own: ['r2'] }),
      note('* typed before', 'r2'),
      true,
      { kind: 'save', text: '* typed before the page closed', merged: false },
    ],
    [
      'the notes changed in another tab since: they stay, with the draft added under a line',
      draft(),
      note('* written elsewhere', 'r9'),
      true,
      {
        kind: 'save',
        text: '* written elsewhere\n\n---- Typed in a tab that closed before it could save ----\n\n* typed before the page closed',
        merged: true,
      },
    ],
    [
      'the notes were emptied elsewhere: the draft is the notes',
      draft(),
      note('', 'r9'),
      true,
      { kind: 'save', text: '* typed before the page closed', merged: false },
    ],
    ['the notes already hold the same text: nothing to do', draft(), note('* typed before the page closed', 'r9'), true, { kind: 'drop' }],
    ['the talk was deleted: nothing to do', draft(), note('* typed', 'r1'), false, { kind: 'drop' }],
  ];
  it.each(cases)('%s', (_name, left, stored, talkExists, outcome) => {
    expect(resolveDraft(left, stored, talkExists)).toEqual(outcome);
  });
});
