import { describe, expect, it } from 'vitest';
import type { ConnectionNotice } from '../../../src/app/connection';
import { describeNotice } from '../../../src/ui/shared/connection-notices';

const recovered = (merged: boolean, title: string) => ({ note: { talkId: 't', eventId: 'e', text: 'x', createdAt: 1, updatedAt: 1 }, title, merged });

describe('what the person reads about the connection and recovered drafts', () => {
  it.each<[string, ConnectionNotice, string | null]>([
    [
      'an older tab blocks the upgrade',
      { kind: 'blocked' },
      'Talknotes is open in another tab with an older version. Close that tab so this one can finish updating.',
    ],
    [
      'a newer version took over',
      { kind: 'closed-for-upgrade' },
      'A newer version of Talknotes opened in another tab. Reload this tab before typing more here.',
    ],
    ['notes recovered as they were: nothing to say', { kind: 'recovered', notes: [recovered(false, 'Plain')] }, null],
    [
      'notes recovered under another version: which talks to look at',
      { kind: 'recovered', notes: [recovered(true, 'Keynote'), recovered(false, 'Plain'), recovered(true, 'Closing')] },
      'Notes typed in a tab that closed before it could save were added at the end of "Keynote", "Closing", under a line saying so. Open the talk to keep what you need.',
    ],
    [
      'a recovery that failed, with its reason',
      { kind: 'recovery-failed', message: 'disk on fire' },
      'Notes typed just before Talknotes last closed could not be saved into your talks yet. They are kept, and saving them is tried again each time Talknotes opens; everything else works as usual. (disk on fire)',
    ],
  ])('%s', (_case, notice, text) => expect(describeNotice(notice)).toBe(text));
});
