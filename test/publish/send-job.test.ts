// Sending a job to a real git repository through the stand-in forge, with faults injected.
import { afterEach, describe, expect, it } from 'vitest';
import { PublishError } from '../../src/publish/errors';
import type { PublishedFile } from '../../src/publish/job';
import { sendJob, type SendInput, type SendOutcome } from '../../src/publish/send-job';
import { browserPlatform } from '../../src/outbox/platform';
import { createRepo, type GitRepo } from './fake-forge/git-repo';
import { directForge } from './fake-forge/direct-forge';

const platform = browserPlatform(() => Promise.reject(new Error('no HTTP in these tests')));
const text = (s: string) => new TextEncoder().encode(s);
const repos: GitRepo[] = [];
afterEach(async () => Promise.all(repos.splice(0).map((r) => r.remove())));

async function setup(maxCommitBytes?: number) {
  const repo = await createRepo('main', { '_config.yml': 'title: blog\n' });
  repos.push(repo);
  return { repo, forge: directForge(repo, 'main', maxCommitBytes) };
}

const POSTS = { '_posts/2017-04-18-day-1.md': 'Day 1\n', '_posts/2017-04-19-day-2.md': 'Day 2\n', 'assets/images/aws/1.jpg': 'jpeg bytes' };

function job(files: Record<string, string>, over: Partial<SendInput> = {}): SendInput {
  return {
    id: 'publish-1',
    eventName: 'AWS Summit SFO',
    postTitles: ['Day 1', 'Day 2'],
    photoCount: 1,
    files: Object.entries(files).map(([path, s]) => ({ path, bytes: text(s) })),
    choices: {},
    baseline: new Map(),
    mayHaveSent: false,
    ...over,
  };
}

const io = () => {
  const marks: number[] = [];
  return { marks, markSending: async () => void marks.push(marks.length) };
};
const baselineOf = (outcome: SendOutcome) => new Map(outcome.kind === 'published' ? outcome.baseline.map((b): [string, PublishedFile] => [b.path, b]) : []);

describe('sendJob', () => {
  it('first publish: one commit with every file and the trailer; the baseline covers every file', async () => {
    const { repo, forge } = await setup();
    const marks = io();
    const outcome = await sendJob(job(POSTS), forge, platform, marks);
    expect(outcome).toMatchObject({ kind: 'published', counts: { new: 3, changed: 0, unchanged: 0 } });
    expect(await repo.count('main')).toBe(2);
    const [last] = await repo.log('main', 1);
    expect(last?.message).toMatch(/^Notes from AWS Summit SFO: 2 posts, 1 photo\n[\s\S]*\n\nTalknotes-Publish-Id: publish-1$/);
    expect((await repo.read('main', '_posts/2017-04-19-day-2.md'))?.toString()).toBe('Day 2\n');
    expect(outcome.kind === 'published' && outcome.commits.map((c) => c.id)).toEqual([last?.id]);
    expect(baselineOf(outcome).size).toBe(3);
    expect(marks.marks.length).toBe(1); // saved before the one commit request
  });

  it('re-publish after editing one post sends only that file', async () => {
    const { repo, forge } = await setup();
    const first = await sendJob(job(POSTS), forge, platform, io());
    const edited = { ...POSTS, '_posts/2017-04-18-day-1.md': 'Day 1, corrected\n' };
    const outcome = await sendJob(job(edited, { id: 'publish-2', baseline: baselineOf(first) }), forge, platform, io());
    expect(outcome).toMatchObject({ kind: 'published', counts: { new: 0, changed: 1, unchanged: 2, conflicts: 0 } });
    expect(forge.sent[1]?.map((c) => c.path)).toEqual(['_posts/2017-04-18-day-1.md']);
    expect(await repo.count('main')).toBe(3);
    // Nothing changed at all: no commit.
    const again = await sendJob(job(edited, { id: 'publish-3', baseline: baselineOf(outcome) }), forge, platform, io());
    expect(again).toMatchObject({ kind: 'published', commits: [], counts: { unchanged: 3 } });
    expect(await repo.count('main')).toBe(3);
  });

  describe('a post edited in the repository since we published it', () => {
    async function conflicted() {
      const { repo, forge } = await setup();
      const first = await sendJob(job(POSTS), forge, platform, io());
      await repo.commitFiles('main', [{ path: '_posts/2017-04-18-day-1.md', bytes: text('Day 1, fixed on the web\n') }], 'Typo');
      const edited = { ...POSTS, '_posts/2017-04-18-day-1.md': 'Day 1, more notes\n', '_posts/2017-04-19-day-2.md': 'Day 2, more\n' };
      return {
        repo,
        forge,
        again: (choice?: 'overwrite' | 'keep-theirs' | 'skip') =>
          sendJob(
            job(edited, { id: 'publish-2', baseline: baselineOf(first), choices: choice ? { '_posts/2017-04-18-day-1.md': choice } : {} }),
            forge,
            platform,
            io(),
          ),
      };
    }
    const day1 = (repo: GitRepo) => repo.read('main', '_posts/2017-04-18-day-1.md').then((b) => b?.toString());

    it('asks first, sending nothing', async () => {
      const { repo, forge, again } = await conflicted();
      expect(await again()).toEqual({
        kind: 'needs-choice',
        conflicts: [{ path: '_posts/2017-04-18-day-1.md', reason: 'edited-since' }],
        counts: { new: 0, changed: 1, unchanged: 1, conflicts: 1, skipped: 0 },
      });
      expect(forge.sent.length).toBe(1);
      expect(await repo.count('main')).toBe(3);
    });

    it.each([
      ['overwrite', 'Day 1, more notes\n', 2],
      ['keep-theirs', 'Day 1, fixed on the web\n', 1],
      ['skip', 'Day 1, fixed on the web\n', 1],
    ] as const)('%s', async (choice, content, files) => {
      const { repo, forge, again } = await conflicted();
      const outcome = await again(choice);
      expect(outcome.kind).toBe('published');
      expect(await day1(repo)).toBe(content);
      expect(forge.sent[1]?.length).toBe(files);
      const settled = baselineOf(outcome).get('_posts/2017-04-18-day-1.md');
      if (choice === 'skip') expect(settled).toBeUndefined();
      else expect(settled?.remote).toMatch(/^[0-9a-f]{40}$/);
    });
  });

  it('a file there that was never ours is a conflict too', async () => {
    const { forge } = await setup();
    const outcome = await sendJob(job({ '_config.yml': 'title: mine\n' }), forge, platform, io());
    expect(outcome).toMatchObject({ kind: 'needs-choice', conflicts: [{ path: '_config.yml', reason: 'not-ours' }] });
  });

  it('branch moved once: read again, one commit', async () => {
    const { repo, forge } = await setup();
    forge.hooks.push({ kind: 'move' });
    expect((await sendJob(job(POSTS), forge, platform, io())).kind).toBe('published');
    expect(await repo.count('main')).toBe(3); // first, someone else's, ours
    expect(forge.sent.length).toBe(1);
    expect((await repo.read('main', 'other/1.txt'))?.toString()).toBe('other 1\n');
  });

  it('branch moved four times: fails, retryable, nothing of ours landed', async () => {
    const { repo, forge } = await setup();
    forge.hooks.push({ kind: 'move' }, { kind: 'move' }, { kind: 'move' }, { kind: 'move' });
    const outcome = await sendJob(job(POSTS), forge, platform, io());
    expect(outcome).toMatchObject({ kind: 'failed', retryable: true, mayHaveSent: false, message: expect.stringMatching(/kept changing .*4 tries/) });
    expect(forge.sent.length).toBe(0);
    expect(await repo.count('main')).toBe(5);
  });

  it('a commit that lands but answers "timeout" is found by its trailer: never a second commit', async () => {
    const { repo, forge } = await setup();
    forge.hooks.push({ kind: 'land-then-throw', error: new PublishError('timeout', 'No answer in time.') });
    const failed = await sendJob(job(POSTS), forge, platform, io());
    expect(failed).toMatchObject({ kind: 'failed', retryable: true, mayHaveSent: true });
    const marks = io();
    const outcome = await sendJob(job(POSTS, { mayHaveSent: true }), forge, platform, marks);
    expect(outcome).toMatchObject({ kind: 'published', commits: [{ url: expect.stringContaining('/commit/') }] });
    expect(baselineOf(outcome).size).toBe(3);
    expect(marks.marks.length).toBe(0);
    expect(forge.calls.filter((c) => c === 'commit').length).toBe(1);
    expect(await repo.count('main')).toBe(2);
  });

  it('a request that may have gone out but did not land is sent after the check', async () => {
    const { repo, forge } = await setup();
    const outcome = await sendJob(job(POSTS, { mayHaveSent: true }), forge, platform, io());
    expect(outcome.kind).toBe('published');
    expect(forge.calls.slice(0, 1)).toEqual(['recent']);
    expect(await repo.count('main')).toBe(2);
  });

  it('too large: split into parts that all land, each with its part trailer', async () => {
    const { repo, forge } = await setup();
    forge.tooLargeAbove = 12; // the host takes less than the forge said
    const outcome = await sendJob(job(POSTS), forge, platform, io());
    expect(outcome.kind).toBe('published');
    expect(forge.sent.map((batch) => batch.map((c) => c.path))).toEqual(Object.keys(POSTS).map((p) => [p]));
    const log = await repo.log('main', 3);
    expect(log.map((c) => c.message.split('\n')[0])).toEqual([3, 2, 1].map((i) => `Notes from AWS Summit SFO: 2 posts, 1 photo (part ${i} of 3)`));
    expect(log[0]?.message).toMatch(/Talknotes-Publish-Id: publish-1\nTalknotes-Part: 3\/3$/);
    expect(outcome.kind === 'published' && outcome.commits.length).toBe(3);
  });

  it("splits up front by the forge's size limit, and names a file too large even alone", async () => {
    const { forge } = await setup(12);
    expect((await sendJob(job(POSTS), forge, platform, io())).kind).toBe('published');
    // 6 + 6 bytes fit in 12; the 10-byte photo goes in a second commit.
    expect(forge.sent.map((batch) => batch.length)).toEqual([2, 1]);
    const { forge: small } = await setup();
    small.tooLargeAbove = 5;
    const outcome = await sendJob(job({ 'assets/big.jpg': 'more than five bytes' }), small, platform, io());
    expect(outcome).toMatchObject({ kind: 'failed', retryable: false, message: expect.stringContaining('assets/big.jpg') });
  });

  it.each([
    ['auth', false, null],
    ['not-found', false, null],
    ['invalid', false, null],
    ['server', true, null],
    ['rate-limited', true, 30_000],
  ] as const)('a refusal of kind %s: retryable %s', async (kind, retryable, waitMs) => {
    const { repo, forge } = await setup();
    forge.hooks.push({ kind: 'throw', error: new PublishError(kind, `Refused: ${kind}.`, kind === 'rate-limited' ? 30_000 : null) });
    const outcome = await sendJob(job(POSTS), forge, platform, io());
    expect(outcome).toEqual({ kind: 'failed', message: `Refused: ${kind}.`, retryable, waitMs, mayHaveSent: kind === 'server', commits: [] });
    expect(await repo.count('main')).toBe(1);
  });

  it('an unexpected fault is a failure said plainly, not a throw', async () => {
    const { forge } = await setup();
    forge.head = () => Promise.reject(new TypeError('boom'));
    expect(await sendJob(job(POSTS), forge, platform, io())).toMatchObject({ kind: 'failed', retryable: false, message: expect.stringContaining('boom') });
  });
});
