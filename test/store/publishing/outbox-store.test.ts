// The outbox and the baseline on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { newJob } from '../../../src/publish/job';
import { hasUnsentJobs } from '../../../src/store/publishing/outbox-pending';
import { addJob, getJob, listJobs, queueJob, removeJob, updateJob } from '../../../src/store/publishing/outbox-store';
import { readBaseline, writeBaseline } from '../../../src/store/publishing/published-store';
import { MissingRecordError } from '../../../src/store/results';
import { freshDB } from '../helpers';

const job = (id: string, eventId = 'e1', now = 1) =>
  newJob({
    id,
    eventId,
    repoKey: 'github|https://api.github.com|leo/blog|main',
    eventName: 'AWS Summit SFO',
    postTitles: ['Day 1'],
    photoCount: 1,
    // A view on part of a larger buffer: only its own bytes are kept.
    files: [
      { path: '_posts/a.md', bytes: new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4) },
      { path: 'assets/b.jpg', bytes: new Uint8Array([4, 5]) },
    ],
    now,
  });

describe('outbox-store', () => {
  it('keeps a job and its files; lists jobs without files, oldest first, by event', async () => {
    const db = await freshDB();
    await addJob(db, job('j2', 'e1', 2));
    await addJob(db, job('j1', 'e1', 1));
    await addJob(db, job('j3', 'e2', 3));
    expect((await listJobs(db)).map((j) => j.id)).toEqual(['j1', 'j2', 'j3']);
    expect((await listJobs(db, 'e1')).map((j) => j.id)).toEqual(['j1', 'j2']);
    expect((await listJobs(db)).filter((j) => 'files' in j)).toEqual([]);
    const stored = await getJob(db, 'j1');
    expect(stored).toMatchObject({ state: 'waiting', paths: ['_posts/a.md', 'assets/b.jpg'], bytes: 5, attempts: 0, mayHaveSent: false });
    expect(stored?.files.map((f) => [f.path, [...new Uint8Array(f.bytes)]])).toEqual([
      ['_posts/a.md', [1, 2, 3]],
      ['assets/b.jpg', [4, 5]],
    ]);
    expect(await getJob(db, 'nope')).toBeUndefined();
    db.close();
  });

  it.each([
    ['still waiting, nothing sent', {}, true],
    ['being sent', { state: 'sending' as const }, false],
    ['maybe sent already', { mayHaveSent: true }, false],
    ['partly landed', { commits: [{ id: 'c1', url: 'u' }] }, false],
    ['waiting for a choice', { state: 'needs-choice' as const }, false],
    ['published', { state: 'published' as const }, false],
  ])('a new publish of the event replaces an older one %s: %j → %s', async (_name, older, replaced) => {
    const db = await freshDB();
    await addJob(db, job('j1', 'e1', 1));
    await updateJob(db, 'j1', () => older);
    await addJob(db, job('other-event', 'e2', 2));
    expect(await queueJob(db, job('j2', 'e1', 3))).toEqual(replaced ? ['j1'] : []);
    expect((await listJobs(db)).map((j) => j.id)).toEqual(replaced ? ['other-event', 'j2'] : ['j1', 'other-event', 'j2']);
    expect(
      await getJob(db, 'j1').then(
        (j) => j?.files.length ?? 0,
        () => 'files lost',
      ),
    ).toBe(replaced ? 0 : 2);
    db.close();
  });

  it.each([
    ['waiting', true],
    ['sending', true],
    ['needs-choice', false],
    ['published', false],
    ['failed', false],
  ] as const)('a job that is %s counts as unsent at start: %s', async (state, unsent) => {
    const db = await freshDB();
    expect(await hasUnsentJobs(db)).toBe(false);
    await addJob(db, job('j1'));
    await updateJob(db, 'j1', () => ({ state }));
    expect(await hasUnsentJobs(db)).toBe(unsent);
    db.close();
  });

  it('refuses a second job with the same id, keeping the first whole', async () => {
    const db = await freshDB();
    await addJob(db, job('j1'));
    await expect(addJob(db, { ...job('j1'), eventName: 'Other' })).rejects.toThrow();
    expect((await getJob(db, 'j1'))?.eventName).toBe('AWS Summit SFO');
    db.close();
  });

  it('updates the state from the stored job, with the baseline in the same transaction', async () => {
    const db = await freshDB();
    await addJob(db, job('j1'));
    const repoKey = 'github|https://api.github.com|leo/blog|main';
    const next = await updateJob(db, 'j1', (j) => ({ state: 'published', attempts: j.attempts + 1 }), {
      repoKey,
      files: [
        { path: '_posts/a.md', remote: 'r', local: 'r' },
        { path: 'assets/b.jpg', remote: 'theirs', local: 'ours', kept: true },
      ],
    });
    expect(next).toMatchObject({ state: 'published', attempts: 1 });
    expect(next.updatedAt).toBeGreaterThan(1);
    expect((await listJobs(db))[0]).toEqual(next);
    expect(await readBaseline(db, repoKey, ['_posts/a.md', 'assets/b.jpg'])).toEqual(
      new Map([
        ['_posts/a.md', { path: '_posts/a.md', remote: 'r', local: 'r' }],
        ['assets/b.jpg', { path: 'assets/b.jpg', remote: 'theirs', local: 'ours', kept: true }],
      ]),
    );
    await expect(updateJob(db, 'gone', () => ({}))).rejects.toBeInstanceOf(MissingRecordError);
    db.close();
  });

  it('removes only published or failed jobs, with their files', async () => {
    const db = await freshDB();
    for (const id of ['w', 'p', 'f']) await addJob(db, job(id));
    await updateJob(db, 'p', () => ({ state: 'published' }));
    await updateJob(db, 'f', () => ({ state: 'failed' }));
    expect(await removeJob(db, 'w')).toBe(false);
    expect(await removeJob(db, 'p')).toBe(true);
    expect(await removeJob(db, 'f')).toBe(true);
    expect(await removeJob(db, 'p')).toBe(false);
    expect((await listJobs(db)).map((j) => j.id)).toEqual(['w']);
    expect((await db.getAll('outboxFiles')).map((f) => f.jobId)).toEqual(['w', 'w']);
    db.close();
  });
});

describe('published-store', () => {
  it('writes entries per repository, keeping createdAt when one is written again', async () => {
    const db = await freshDB();
    await writeBaseline(db, 'A', [
      { path: 'x', remote: '1', local: '1' },
      { path: 'y', remote: '2', local: '3' },
    ]);
    await writeBaseline(db, 'B', [{ path: 'x', remote: '9', local: '9' }]);
    const first = await db.get('published', ['A', 'x']);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await writeBaseline(db, 'A', [{ path: 'x', remote: '4', local: '4' }]);
    const again = await db.get('published', ['A', 'x']);
    expect(again).toMatchObject({ remote: '4', createdAt: first?.createdAt });
    expect(again!.updatedAt).toBeGreaterThan(first!.updatedAt);
    expect([...(await readBaseline(db, 'A', ['x', 'y', 'z'])).values()]).toEqual([
      { path: 'x', remote: '4', local: '4' },
      { path: 'y', remote: '2', local: '3' },
    ]);
    expect((await readBaseline(db, 'B', ['x'])).get('x')?.remote).toBe('9');
    db.close();
  });
});
