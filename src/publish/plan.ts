// What a publish does with each file, decided from three blob ids per path: ours now, the branch's
// now, and the pair we last settled on with this repository (the baseline). Nothing is deleted.
import type { Choice, Conflict, PublishCounts, PublishedFile } from './job';
import type { FileChange, PublishFile } from './types';

/** What happens to one file. */
export type FileStatus =
  | 'new' // no file at that path on the branch: sent
  | 'unchanged' // nothing to send (same content, or only the repository's side changed since we settled)
  | 'changed' // the branch still has what we settled on and our content changed: sent
  | 'conflict' // edited in the repository since, and ours changed too (or never ours): ask
  | 'overwrite' // a conflict the person chose to overwrite: sent
  | 'keep-theirs' // a conflict the person chose to leave as the repository has it
  | 'skip'; // a conflict left out of this publish (asked again next time)

/** One file's decision. */
export interface FilePlan {
  path: string;
  status: FileStatus;
  /** Our blob id, and the branch's (null: no file there). */
  local: string;
  remote: string | null;
  /** Why it is (or was) a conflict. */
  reason?: Conflict['reason'];
}

/** A whole publish: per file, the counts, what to send, the conflicts left, and the baseline once sent. */
export interface Plan {
  files: FilePlan[];
  counts: PublishCounts;
  changes: FileChange[];
  conflicts: Conflict[];
  /** What we will have settled on once `changes` have landed (skipped files, and files edited only in the repository, keep their old entry). */
  baseline: PublishedFile[];
}

/** What planning needs. */
export interface PlanInput {
  files: readonly PublishFile[];
  /** Our blob id per path. */
  local: ReadonlyMap<string, string>;
  /** The branch's blob id per path (paths with no file left out). */
  remote: ReadonlyMap<string, string>;
  baseline: ReadonlyMap<string, PublishedFile>;
  choices: Readonly<Record<string, Choice>>;
}

/** The status of one file, before any choice. */
export function fileStatus(local: string, remote: string | undefined, settled: PublishedFile | undefined): { status: FileStatus; reason?: Conflict['reason'] } {
  if (remote === undefined) return { status: 'new' };
  if (remote === local) return { status: 'unchanged' };
  if (!settled) return { status: 'conflict', reason: 'not-ours' };
  const ours = local !== settled.local;
  const theirs = remote !== settled.remote;
  // Only the repository's side moved on (someone fixed a typo there): theirs is the newer text.
  if (!ours) return { status: 'unchanged' };
  // Ours changed over a version of theirs the person chose to keep: theirs is still not in ours.
  if (!theirs) return settled.kept ? { status: 'conflict', reason: 'edited-since' } : { status: 'changed' };
  return { status: 'conflict', reason: 'edited-since' };
}

/** Decides every file of a publish. */
export function planPublish(input: PlanInput): Plan {
  const counts: PublishCounts = { new: 0, changed: 0, unchanged: 0, conflicts: 0, skipped: 0 };
  const plan: Plan = { files: [], counts, changes: [], conflicts: [], baseline: [] };
  for (const file of input.files) {
    const local = input.local.get(file.path);
    if (local === undefined) throw new Error(`No blob id was computed for ${file.path}.`);
    const remote = input.remote.get(file.path);
    const decided = fileStatus(local, remote, input.baseline.get(file.path));
    let status = decided.status;
    if (status === 'conflict') {
      const choice = input.choices[file.path];
      if (choice) status = choice;
      else plan.conflicts.push({ path: file.path, reason: decided.reason ?? 'not-ours' });
    }
    plan.files.push({ path: file.path, status, local, remote: remote ?? null, ...(decided.reason ? { reason: decided.reason } : {}) });
    switch (status) {
      case 'new':
      case 'changed':
      case 'overwrite':
        if (status === 'new') counts.new++;
        else counts.changed++;
        plan.changes.push({ path: file.path, bytes: file.bytes, previous: remote ?? null });
        plan.baseline.push({ path: file.path, remote: local, local });
        break;
      case 'unchanged':
      case 'keep-theirs':
        counts.unchanged++;
        // Only the repository's side moved: the old entry stays, so that editing ours later asks
        // instead of overwriting their edit, which the person has not seen.
        if (status === 'keep-theirs') plan.baseline.push({ path: file.path, remote: remote ?? local, local, kept: true });
        else if (remote === local || remote === input.baseline.get(file.path)?.remote)
          plan.baseline.push({ ...input.baseline.get(file.path), path: file.path, remote: remote ?? local, local });
        break;
      case 'skip':
        counts.skipped++;
        break;
      case 'conflict':
        counts.conflicts++;
        break;
    }
  }
  return plan;
}
