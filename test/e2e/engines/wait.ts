// Waiting in the flows: one deadline for every step, and polling for what no event announces.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Download } from './types';

/** How long one step of a flow may take. */
export const TIMEOUT = 15_000;

/** Polls `check` until it returns something truthy; at the deadline, fails naming `what` (and the last error). */
export async function until<T>(check: () => Promise<T | false | null | undefined | 0 | ''>, what: string, timeout = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await sleep(50);
  }
}

/** A download still being written under a name of its own (Firefox's .part, WebKit's .download or .wkdownload). */
const PARTIAL = /\.(part|download|wkdownload)$/;

/**
 * Runs `click` and waits for the one new file in `folder`, for an engine that saves downloads there
 * without reporting them: done once no partial file is left, or with `settle` (WebKit, which may
 * write the file under its own name) once its size is the same on two reads in a row.
 */
export async function newFileIn(folder: string, click: () => Promise<void>, { settle = false } = {}): Promise<Download> {
  const before = new Set(await readdir(folder));
  await click();
  const name = await until(async () => {
    const now = await readdir(folder);
    const fresh = now.filter((f) => !before.has(f) && !PARTIAL.test(f));
    return fresh.length === 1 && (settle || !now.some((f) => PARTIAL.test(f))) && fresh[0];
  }, 'a new file in the download folder');
  if (!settle) return { name, bytes: await readFile(join(folder, name)) };
  let size = -1;
  const bytes = await until(async () => {
    const now = await readFile(join(folder, name));
    const settled = now.length > 0 && now.length === size;
    size = now.length;
    return settled && now;
  }, 'the download to finish');
  return { name, bytes };
}
