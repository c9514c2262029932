// What a publish would do, read from the branch before anything is sent (the Export screen's
// "N new, N changed, N unchanged"). The same reading and planning as sending, without the commit.
import { blobId } from './git-blob';
import type { Choice, PublishedFile } from './job';
import { planPublish, type Plan } from './plan';
import type { Forge, Platform, PublishFile } from './types';

/** Our blob id for every file, by path. */
export async function localIds(files: readonly PublishFile[], sha1: Platform['sha1']): Promise<Map<string, string>> {
  const ids = await Promise.all(files.map((f) => blobId(f.bytes, sha1)));
  return new Map(files.map((f, i) => [f.path, ids[i]!]));
}

/** Reads the branch and plans the publish of `files` on it. */
export async function previewPublish(
  input: { files: readonly PublishFile[]; baseline: ReadonlyMap<string, PublishedFile>; choices: Readonly<Record<string, Choice>> },
  forge: Forge,
  platform: Platform,
): Promise<Plan & { head: string }> {
  const local = await localIds(input.files, platform.sha1);
  const head = await forge.head();
  const remote = await forge.blobIds(
    head,
    input.files.map((f) => f.path),
  );
  return { ...planPublish({ ...input, local, remote }), head };
}
