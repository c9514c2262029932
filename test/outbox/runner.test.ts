// The outbox on fake-indexeddb, sending to a real git repository through the stand-in forge.
import { afterEach, describe, expect, it } from 'vitest';
import { PublishError } from '../../src/publish/errors';
import { newJob, repoKeyOf, type JobRecord } from '../../src/publish/job';
import type { BlogConnection } from '../../src/publish/types';
import { pageLocks } from '../../src/outbox/locks';
import { browserPlatform } from '../../src/outbox/platform';
import { createOutbox, type OutboxEvent, type OutboxOptions } from '../../src/outbox/runner';
import { saveBlog } from '../../src/store/publishing/blog-store';
import { addJob, listJobs } from '../../src/store/publishing/outbox-store';
import { readBaseline } from '../../src/store/publishing/published-store';
import type { TalknotesDatabase } from '../../src/store/schema';
import { createRepo, type GitRepo } from '../publish/fake-forge/git-repo';
import { directForge, type DirectForge } from '../publish/fake-forge/direct-forge';
import { freshDB, saved } from '../store/helpers';

const BLOG: BlogConnection = { kind: 'github', apiUrl: 'https://api.github.com', owner: 'leo', repo: 'blog', branch: 'main', token: 'tok', siteFolder: '' };
const platform = browserPlatform(() => Promise.reject(new Error('no HTTP in these tests')));
const text = (s: string) => new TextEncoder().encode(s);
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => Promise.all(cleanup.splice(0).map((c) => c())));

async function setup() {
  const db = await freshDB();
  const repo = await createRepo('main', { '_config.yml': 'title: blog\n' });
  cleanup.push(async () => (db.close(), repo.remove()));
  saved(await saveBlog(db, BLOG));
  return { db, repo };
}

// One "tab" or "app run": its own forge (to count its requests) and, unless shared, its own locks.
function outboxOn(db: TalknotesDatabase, repo: GitRepo, over: Partial<OutboxOptions> = {}) {
  const forge = directForge(repo, 'main');
  const events: OutboxEvent[] = [];
  const outbox = createOutbox({ withDB: (work) => work(db), platform, forgeFor: () => forge, locks: pageLocks(), ...over });
  outbox.subscribe((event) => events.push(event));
  return { outbox, forge, events };
}

async function queue(db: TalknotesDatabase, id: string, files: Record<string, string>) {
  const job = newJob({
    id,
    eventId: 'e1',
    repoKey: repoKeyOf(BLOG),
    eventName: 'AWS Summit SFO',
    postTitles: ['Day 1'],
    photoCount: 0,
    files: Object.entries(files).map(([path, s]) => ({ path, bytes: text(s) })),
    now: 1,
  });
  await addJob(db, job);
  return job;
}

const jobOf = async (db: TalknotesDatabase, id: string): Promise<JobRecord | undefined> => (await listJobs(db)).find((j) => j.id === id);
const commits = (forge: DirectForge) => forge.calls.filter((c) => c === 'commit').length;
const POST = { '_posts/2017-04-18-day-1.md': 'Day 1\n' };

describe('the outbox', () => {
  it('a failure of the device mid-send (here: the forge cannot be made) leaves the job waiting with the reason, not "sending"', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    const { outbox } = outboxOn(db, repo, {
      forgeFor: () => {
        throw new Error('the device refused');
      },
    });
    await outbox.sendNow();
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'waiting', error: expect.stringContaining('the device refused') });
    expect(await repo.count('main')).toBe(1);
  });

  it('sends a waiting job: published with its commit, the baseline saved, listeners told each step', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    const { outbox, events } = outboxOn(db, repo);
    await outbox.sendNow();
    const [head] = await repo.log('main', 1);
    expect(await jobOf(db, 'j1')).toMatchObject({
      state: 'published',
      attempts: 1,
      mayHaveSent: false,
      error: null,
      commits: [{ id: head?.id }],
      counts: { new: 1 },
    });
    expect((await readBaseline(db, repoKeyOf(BLOG), ['_posts/2017-04-18-day-1.md'])).size).toBe(1);
    expect(events.map((e) => e.kind === 'job' && e.job.state)).toEqual(['sending', 'sending', 'published']);
  });

  it('app killed mid-send, after the commit landed: on restart the job is found on the branch, exactly one commit', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    const killed = outboxOn(db, repo);
    killed.forge.hooks.push({ kind: 'land-then-hang' });
    void killed.outbox.sendNow(); // never answers: the app is gone
    for (let i = 0; i < 200 && killed.forge.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'sending', mayHaveSent: true });

    const restarted = outboxOn(db, repo); // a new run of the app: the dead one's lock is gone
    await restarted.outbox.sendNow();
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'published', attempts: 2, commits: [{ url: expect.stringContaining('/commit/') }] });
    expect(commits(restarted.forge)).toBe(0);
    expect(restarted.forge.calls[0]).toBe('recent');
    expect(await repo.count('main')).toBe(2);
  });

  it('two tabs sending at once make one commit: the lock lets one send, the other finds nothing due', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    const locks = pageLocks();
    const [a, b] = [outboxOn(db, repo, { locks }), outboxOn(db, repo, { locks })];
    await Promise.all([a.outbox.sendNow(), b.outbox.sendNow()]);
    expect(commits(a.forge) + commits(b.forge)).toBe(1);
    expect(await repo.count('main')).toBe(2);
  });

  it('offline: no request at all, the job stays waiting', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    const { outbox, forge } = outboxOn(db, repo, { isOnline: () => false });
    await outbox.sendNow();
    expect(forge.calls).toEqual([]);
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'waiting', attempts: 0 });
  });

  it('a refused token fails the job, kept with the reason, until Retry', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    const { outbox, forge } = outboxOn(db, repo);
    forge.hooks.push({ kind: 'throw', error: new PublishError('auth', 'The token expired or lacks permission.') });
    await outbox.sendNow();
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'failed', error: 'The token expired or lacks permission.', mayHaveSent: false });
    await outbox.sendNow(); // not sent again by itself
    expect(commits(forge)).toBe(1);
    await outbox.retry('j1');
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'published', error: null, attempts: 2 });
    expect(await repo.count('main')).toBe(2);
  });

  it('a lost answer leaves the job waiting; the next send finds the commit instead of making another', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    const { outbox, forge } = outboxOn(db, repo);
    forge.hooks.push({ kind: 'land-then-throw', error: new PublishError('network', 'Could not reach the host.') });
    await outbox.sendNow();
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'waiting', mayHaveSent: true, error: 'Could not reach the host.' });
    await outbox.sendNow();
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'published', mayHaveSent: false });
    expect(commits(forge)).toBe(1);
    expect(await repo.count('main')).toBe(2);
  });

  it('a file edited in the repository since: asks, then sends as chosen', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', { ...POST, '_posts/2017-04-19-day-2.md': 'Day 2\n' });
    const { outbox } = outboxOn(db, repo);
    await outbox.sendNow();
    await repo.commitFiles('main', [{ path: '_posts/2017-04-18-day-1.md', bytes: text('Day 1, fixed on the web\n') }], 'Typo');
    await queue(db, 'j2', { '_posts/2017-04-18-day-1.md': 'Day 1, more\n', '_posts/2017-04-19-day-2.md': 'Day 2, more\n' });
    await outbox.sendNow();
    expect(await jobOf(db, 'j2')).toMatchObject({ state: 'needs-choice', conflicts: [{ path: '_posts/2017-04-18-day-1.md', reason: 'edited-since' }] });
    await outbox.choose('j2', '_posts/2017-04-18-day-1.md', 'keep-theirs');
    expect(await jobOf(db, 'j2')).toMatchObject({ state: 'published', choices: { '_posts/2017-04-18-day-1.md': 'keep-theirs' } });
    expect((await repo.read('main', '_posts/2017-04-18-day-1.md'))?.toString()).toBe('Day 1, fixed on the web\n');
    expect((await repo.read('main', '_posts/2017-04-19-day-2.md'))?.toString()).toBe('Day 2, more\n');
  });

  it.each([
    ['disconnected', null, /no blog is connected/],
    ['another blog connected', { ...BLOG, repo: 'other' }, /another blog is connected/],
  ] as const)('%s: the job fails with "connect again", kept, and goes once connected again', async (_name, connection, why) => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    await db.delete('blog', 'blog');
    if (connection) saved(await saveBlog(db, connection));
    const { outbox, forge } = outboxOn(db, repo);
    await outbox.sendNow();
    const failed = await jobOf(db, 'j1');
    expect(failed?.state).toBe('failed');
    expect(failed?.error).toMatch(/^Connect the blog again in Settings/);
    expect(failed?.error).toMatch(why);
    expect(forge.calls).toEqual([]);
    saved(await saveBlog(db, BLOG));
    await outbox.retry('j1');
    expect((await jobOf(db, 'j1'))?.state).toBe('published');
  });

  it('rate-limited: waits as the host says, then sends by itself', async () => {
    const { db, repo } = await setup();
    await queue(db, 'j1', POST);
    let clock = 1_000_000;
    const timers: { run: () => void; ms: number }[] = [];
    const { outbox, forge } = outboxOn(db, repo, { now: () => clock, setTimeout: (run, ms) => timers.push({ run, ms }), clearTimeout: () => undefined });
    forge.hooks.push({ kind: 'throw', error: new PublishError('rate-limited', 'Wait, please.', 30_000) });
    await outbox.sendNow();
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'waiting', nextTryAt: 1_030_000, error: 'Wait, please.' });
    expect(timers.map((t) => t.ms)).toEqual([30_000]);
    await outbox.sendNow(); // too early: nothing asked of the host
    expect(forge.calls.filter((c) => c === 'head').length).toBe(1);
    clock += 30_000;
    timers.at(-1)?.run();
    for (let i = 0; i < 200 && (await jobOf(db, 'j1'))?.state !== 'published'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await jobOf(db, 'j1')).toMatchObject({ state: 'published', nextTryAt: null });
  });

  it('a failing database is told to the listeners, and the promise rejects', async () => {
    const { db, repo } = await setup();
    const { outbox, events } = outboxOn(db, repo, { withDB: () => Promise.reject(new Error('disk on fire')) });
    await expect(outbox.sendNow()).rejects.toThrow('disk on fire');
    expect(events).toEqual([{ kind: 'error', message: 'The outbox could not go on: disk on fire' }]);
  });
});
