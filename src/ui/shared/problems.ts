// Problems that outlive the screen they happened on (a save that failed while leaving the editor).
import { useEffect, useState } from 'preact/hooks';
import { createNotifier } from '../../model/notifier';

let problems: string[] = [];
const changes = createNotifier<string[]>();

/** Shows a message at the top of the app until the person dismisses it. */
export function reportProblem(message: string): void {
  problems = [...problems, message];
  changes.notify(problems);
}

/** Removes one reported problem. */
export function dismissProblem(index: number): void {
  problems = problems.filter((_, i) => i !== index);
  changes.notify(problems);
}

/** The reported problems, kept up to date. */
export function useProblems(): string[] {
  const [list, setList] = useState(problems);
  useEffect(() => changes.subscribe(setList), []);
  return list;
}
