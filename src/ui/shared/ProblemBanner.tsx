import { useEffect } from 'preact/hooks';
import { onConnectionNotice, type ConnectionNotice } from '../../store/db';
import { dismissProblem, reportProblem, useProblems } from './problems';

const NOTICE_TEXT: Record<Exclude<ConnectionNotice['kind'], 'recovered'>, string> = {
  blocked: 'Talknotes is open in another tab with an older version. Close that tab so this one can finish updating.',
  'closed-for-upgrade': 'A newer version of Talknotes opened in another tab. Reload this tab before typing more here.',
  terminated: 'The browser closed the storage connection. Talknotes reopens it on the next save; if saving fails, reload.',
  'recovery-failed':
    'Notes typed just before Talknotes last closed could not be saved into your talks yet. They are kept, and saving them is tried again each time Talknotes opens; everything else works as usual.',
};

// Recovered notes need no message when they simply are the talk's notes now; kept under another
// version, they do. Other tabs hear of them either way (use-note-sync.ts).
function describe(notice: ConnectionNotice): string | null {
  if (notice.kind === 'recovered') {
    const merged = notice.notes.filter((n) => n.merged).map((n) => `"${n.title}"`);
    return merged.length
      ? `Notes typed in a tab that closed before it could save were added at the end of ${merged.join(', ')}, under a line saying so. Open the talk to keep what you need.`
      : null;
  }
  return notice.kind === 'recovery-failed' ? `${NOTICE_TEXT[notice.kind]} (${notice.message})` : NOTICE_TEXT[notice.kind];
}

/** Problems reported from anywhere in the app, each dismissible. */
export function ProblemBanner() {
  const problems = useProblems();
  useEffect(
    () =>
      onConnectionNotice((notice) => {
        const text = describe(notice);
        if (text) reportProblem(text);
      }),
    [],
  );
  return (
    <>
      {problems.map((message, i) => (
        <div class="banner banner-error" role="alert" key={`${i}-${message}`}>
          <p>{message}</p>
          <button type="button" class="small" aria-label={`Dismiss message ${i + 1}`} onClick={() => dismissProblem(i)}>
            Dismiss
          </button>
        </div>
      ))}
    </>
  );
}
