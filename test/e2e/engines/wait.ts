// Waiting in the flows: one deadline for every step, and polling for what no event announces.
import { setTimeout as sleep } from 'node:timers/promises';

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
