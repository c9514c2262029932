import { dismissProblem, useProblems } from './problems';

/** Problems reported from anywhere in the app (connection notices among them: start-app.tsx), each dismissible. */
export function ProblemBanner() {
  const problems = useProblems();
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
