// Problems that outlive the screen they happened on (a save that failed while leaving the editor).
import { useEffect, useState } from 'preact/hooks';

let problems: string[] = [];
const listeners = new Set<(list: string[]) => void>();

/** Shows a message at the top of the app until the person dismisses it. */
export function reportProblem(message: string): void {
  problems = [...problems, message];
  for (const listener of listeners) listener(problems);
}

/** Removes one reported problem. */
export function dismissProblem(index: number): void {
  problems = problems.filter((_, i) => i !== index);
  for (const listener of listeners) listener(problems);
}

/** The reported problems, kept up to date. */
export function useProblems(): string[] {
  const [list, setList] = useState(problems);
  useEffect(() => {
    listeners.add(setList);
    return () => void listeners.delete(setList);
  }, []);
  return list;
}
