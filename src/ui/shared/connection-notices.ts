// What the person reads about the database connection and the drafts recovered through it.
import type { ConnectionNotice } from '../../app/connection';

const NOTICE_TEXT: Record<Exclude<ConnectionNotice['kind'], 'recovered'>, string> = {
  blocked: 'Talknotes is open in another tab with an older version. Close that tab so this one can finish updating.',
  'closed-for-upgrade': 'A newer version of Talknotes opened in another tab. Reload this tab before typing more here.',
  terminated: 'The browser closed the storage connection. Talknotes reopens it on the next save; if saving fails, reload.',
  'recovery-failed':
    'Notes typed just before Talknotes last closed could not be saved into your talks yet. They are kept, and saving them is tried again each time Talknotes opens; everything else works as usual.',
};

/**
 * The message for a notice, or null when there is nothing to say. Recovered notes need no message
 * when they simply are the talk's notes now; kept under another version, they do. (Other tabs hear
 * of them either way: start-app.tsx announces them.)
 */
export function describeNotice(notice: ConnectionNotice): string | null {
  if (notice.kind === 'recovered') {
    const merged = notice.notes.filter((n) => n.merged).map((n) => `"${n.title}"`);
    return merged.length
      ? `Notes typed in a tab that closed before it could save were added at the end of ${merged.join(', ')}, under a line saying so. Open the talk to keep what you need.`
      : null;
  }
  return notice.kind === 'recovery-failed' ? `${NOTICE_TEXT[notice.kind]} (${notice.message})` : NOTICE_TEXT[notice.kind];
}
