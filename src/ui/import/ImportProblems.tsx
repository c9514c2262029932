// What reading the file could not take as it was: sessions left out (with the reason), sessions
// repaired to fit (with what was changed), duplicates counted once, and lines of junk skipped.
// A long list shows its first few, the rest folded away. (ImportReview keeps the element, so ticking
// and filtering never draw it again.)
import type { Agenda, SkippedSession } from '../../import/agenda';

/** Entries each list shows before "N more". */
const SHOWN = 10;

/** The lists of what was left out or repaired; nothing when the file was clean. */
export function ImportProblems({ agenda }: { agenda: Agenda }) {
  const repaired: SkippedSession[] = agenda.items
    .filter((i) => i.repairs.length)
    .map((i) => ({ where: `"${i.title}" (${[i.date, i.startTime].filter(Boolean).join(' ')})`, reason: `${i.repairs.join('; ')}.` }));
  const notes = [
    agenda.merged > 0 && `${agenda.merged} ${agenda.merged === 1 ? 'session was' : 'sessions were'} listed twice and counted once.`,
    agenda.skippedLines > 0 &&
      `${agenda.skippedLines} ${agenda.skippedLines === 1 ? 'line' : 'lines'} of the file could not be read and ${agenda.skippedLines === 1 ? 'was' : 'were'} skipped.`,
  ].filter(Boolean);
  if (!agenda.skipped.length && !repaired.length && !notes.length) return null;
  return (
    <div class="check-list">
      {notes.map((note) => (
        <p key={String(note)}>{note}</p>
      ))}
      <Problems title="Left out" entries={agenda.skipped} />
      <Problems title="Repaired to fit" entries={repaired} />
    </div>
  );
}

function Problems({ title, entries }: { title: string; entries: SkippedSession[] }) {
  if (!entries.length) return null;
  const line = (s: SkippedSession, i: number) => <li key={i}>{`${s.where}: ${s.reason}`}</li>;
  return (
    <>
      <h3>{`${title} (${entries.length})`}</h3>
      <ul aria-label={title}>{entries.slice(0, SHOWN).map(line)}</ul>
      {entries.length > SHOWN && (
        <details>
          <summary>{`${entries.length - SHOWN} more`}</summary>
          <ul aria-label={`${title}, continued`}>{entries.slice(SHOWN).map((s, i) => line(s, i + SHOWN))}</ul>
        </details>
      )}
    </>
  );
}
