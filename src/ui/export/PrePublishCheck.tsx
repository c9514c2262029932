import type { ExportProblem } from '../../export';

/** What to look at before publishing, each problem with its fix. */
export function PrePublishCheck({ problems }: { problems: ExportProblem[] }) {
  return (
    <section aria-labelledby="check-title" class="check-list">
      <h2 id="check-title">Before you publish</h2>
      {problems.length === 0 ? (
        <p class="ok">No problems found.</p>
      ) : (
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>
              <strong>{problem.message}</strong> {problem.hint}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
