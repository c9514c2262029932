// How a job's state changes after a send, on Retry and on a choice.
import { describe, expect, it } from 'vitest';
import { newJob, type JobRecord } from '../../src/publish/job';
import { afterSend, chosen, isDue, retried, startSending } from '../../src/publish/job-state';

const base = newJob({
  id: 'j',
  eventId: 'e',
  repoKey: 'github|https://api.github.com|leo/blog|main',
  eventName: 'E',
  postTitles: [],
  photoCount: 0,
  files: [],
  now: 1,
});
const job = (over: Partial<JobRecord> = {}): JobRecord => ({ ...base, ...over });

describe('job state', () => {
  it.each([
    [job(), 5, true],
    [job({ nextTryAt: 10 }), 5, false],
    [job({ nextTryAt: 5 }), 5, true],
    [job({ state: 'sending' }), 5, true],
    [job({ state: 'failed' }), 5, false],
    [job({ state: 'needs-choice' }), 5, false],
    [job({ state: 'published' }), 5, false],
  ])('isDue %#', (j, now, due) => expect(isDue(j, now)).toBe(due));

  it('a send found unfinished may have reached the host', () => {
    expect(startSending(job({ attempts: 2 }))).toEqual({ state: 'sending', attempts: 3, mayHaveSent: false });
    expect(startSending(job({ state: 'sending' }))).toMatchObject({ mayHaveSent: true });
  });

  it.each([
    [
      { kind: 'failed', message: 'm', retryable: true, waitMs: 1000, mayHaveSent: true, commits: [] },
      { state: 'waiting', nextTryAt: 1100, mayHaveSent: true, error: 'm' },
    ],
    [
      { kind: 'failed', message: 'm', retryable: false, waitMs: null, mayHaveSent: false, commits: [] },
      { state: 'failed', nextTryAt: null, error: 'm' },
    ],
    [
      { kind: 'needs-choice', conflicts: [{ path: 'p', reason: 'not-ours' }], counts: { new: 0, changed: 0, unchanged: 0, conflicts: 1, skipped: 0 } },
      { state: 'needs-choice', conflicts: [{ path: 'p', reason: 'not-ours' }] },
    ],
    [
      { kind: 'published', commits: [{ id: 'c2', url: 'u2', message: '' }], baseline: [], counts: null },
      {
        state: 'published',
        commits: [
          { id: 'c1', url: 'u1' },
          { id: 'c2', url: 'u2' },
        ],
        error: null,
      },
    ],
  ] as const)('after a send %#', (outcome, expected) => {
    expect(afterSend(job({ commits: [{ id: 'c1', url: 'u1' }], error: 'old' }), structuredClone(outcome) as never, 100)).toMatchObject(expected);
  });

  it('Retry wakes failed and waiting jobs only', () => {
    expect(retried(job({ state: 'failed', nextTryAt: 9 }))).toEqual({ state: 'waiting', nextTryAt: null });
    expect(retried(job({ state: 'published' }))).toEqual({});
    expect(retried(job({ state: 'needs-choice' }))).toEqual({});
  });

  it('waits to be sent once every conflict has a choice', () => {
    const asking = job({
      state: 'needs-choice',
      conflicts: [
        { path: 'a', reason: 'edited-since' },
        { path: 'b', reason: 'not-ours' },
      ],
    });
    expect(chosen(asking, 'a', 'skip')).toEqual({ choices: { a: 'skip' } });
    expect(chosen({ ...asking, choices: { a: 'skip' } }, 'b', 'overwrite')).toEqual({ choices: { a: 'skip', b: 'overwrite' }, state: 'waiting' });
    expect(chosen(asking, 'c', 'skip')).toEqual({});
    expect(chosen(job(), 'a', 'skip')).toEqual({});
  });
});
