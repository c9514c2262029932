// What was last published per repository and path: the baseline a publish plans against.
import type { PublishedFile } from '../../publish/job';
import type { PublishedRecord, TalknotesDatabase } from '../schema';

/** The baseline of these paths in one repository (paths never published are left out). */
export async function readBaseline(db: TalknotesDatabase, repoKey: string, paths: readonly string[]): Promise<Map<string, PublishedFile>> {
  const tx = db.transaction('published');
  const records = await Promise.all(paths.map((path) => tx.store.get([repoKey, path])));
  await tx.done;
  const out = new Map<string, PublishedFile>();
  for (const record of records)
    if (record) out.set(record.path, { path: record.path, remote: record.remote, local: record.local, ...(record.kept ? { kept: true } : {}) });
  return out;
}

/** The records for baseline entries, keeping each existing one's createdAt. */
export function baselineRecords(
  repoKey: string,
  files: readonly PublishedFile[],
  existing: readonly (PublishedRecord | undefined)[],
  now: number,
): PublishedRecord[] {
  const created = new Map(existing.flatMap((r) => (r ? [[r.path, r.createdAt] as const] : [])));
  return files.map(({ path, remote, local, kept }) => ({
    repoKey,
    path,
    remote,
    local,
    ...(kept ? { kept } : {}),
    createdAt: created.get(path) ?? now,
    updatedAt: now,
  }));
}

/** Writes baseline entries of one repository in one transaction; resolves once committed. */
export async function writeBaseline(db: TalknotesDatabase, repoKey: string, files: readonly PublishedFile[]): Promise<void> {
  const tx = db.transaction('published', 'readwrite');
  const existing = await Promise.all(files.map((f) => tx.store.get([repoKey, f.path])));
  await Promise.all([...baselineRecords(repoKey, files, existing, Date.now()).map((r) => tx.store.put(r)), tx.done]);
}
