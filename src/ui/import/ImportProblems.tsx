// What reading the file could not take as it was: sessions left out (with the reason), sessions
// repaired to fit (with what was changed), duplicates counted once, and lines of junk skipped.
import type { Agenda } from '../../import/agenda';

/** The list of what was left out or repaired; nothing when the file was clean. */
export function ImportProblems({ agenda }: { agenda: Agenda }) {
  const repaired = agenda.items.filter((i) => i.repairs.length);
  const notes = [
    agenda.merged > 0 && `${agenda.merged} ${agenda.merged === 1 ? 'session was' : 'sessions were'} listed twice and counted once.`,
    agenda.skippedLines > 0 && `${agenda.skippedLines} ${agenda.skippedLines === 1 ? 'line' : 'lines'} of the file could not be read and ${agenda.skippedLines === 1 ? 'was' : 'were'} skipped.`,
  ].filter(Boolean);
  if (!agenda.skipped.length && !repaired.length && !notes.length) return null;
  return (
    <div class="check-list">
      {notes.map((note) => (
        <p key={String(note)}>{note}</p>
      ))}
      {agenda.skipped.length > 0 && (
        <>
          <h3>{`Left out (${agenda.skipped.length})`}</h3>
          <ul aria-label="Left out">
            {agenda.skipped.map((s, i) => (
              <li key={i}>{`${s.where}: ${s.reason}`}</li>
            ))}
          </ul>
        </>
      )}
      {repaired.length > 0 && (
        <>
          <h3>{`Repaired to fit (${repaired.length})`}</h3>
          <ul aria-label="Repaired to fit">
            {repaired.map((item) => (
              <li key={item.key}>{`"${item.title}" (${item.date} ${item.startTime}): ${item.repairs.join('; ')}.`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
