// Publishing in Node, through the app's own code (export, repository files, sendJob, the GitHub
// forge, the browser platform over fetch) to the fake GitHub over a real bare git repository:
// a 3-day event with 50 photos published once, then again after one talk's notes were edited.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import { largeEvent } from './large-event.mjs';

const TOKEN = 'github_pat_bench';
const PHOTOS = 50;
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A photo id as the app makes them (a uuid), numbered so every run names the same files. */
const photoId = (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * The large event with 50 slide photos: each 150–300 KB of random bytes behind a JPEG marker
 * (random bytes do not compress, as JPEG data does not), referenced in its talk's notes the way
 * the app places them, ![caption](photo:<id>).
 */
function eventWithPhotos() {
  const source = largeEvent();
  const photos = {};
  for (let i = 0; i < PHOTOS; i++) {
    const bytes = randomBytes(150 * 1024 + Math.floor((i * 150 * 1024) / (PHOTOS - 1)));
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    const talk = source.talks[Math.floor((i * source.talks.length) / PHOTOS)];
    photos[photoId(i)] = { type: 'image/jpeg', bytes: new Uint8Array(bytes), number: 1 + (i % 2) };
    const lines = source.notes[talk.id].split('\n');
    lines.splice(3 + (i % 2), 0, `![slide ${i}](photo:${photoId(i)})`);
    source.notes[talk.id] = lines.join('\n');
  }
  return { ...source, photos };
}

// What the fake saw from `from` on: requests and request-body bytes, and which commit path was used.
function traffic(requests, from) {
  const mine = requests.slice(from);
  const rest = mine.some((r) => r.path.endsWith('/git/blobs'));
  return {
    requests: mine.length,
    bytes: mine.reduce((sum, r) => sum + r.bytes, 0),
    path: rest ? 'REST Git Data (blobs, tree, commit, ref)' : 'GraphQL createCommitOnBranch',
  };
}

/** Publish figures: the first publish and the re-publish after one edit, with what the re-publish's commit changed. */
export async function publishFigures() {
  const m = (await runnerImport('/scripts/bench/publish-modules.mjs')).module;
  const source = eventWithPhotos();
  const settings = { ...m.defaultExportSettings(), tags: ['bench'] };
  const context = { deviceTimeZone: 'UTC', now: Date.UTC(2027, 0, 1) };
  const files = (s) => {
    const result = m.exportEvent(s, settings, context);
    return { posts: result.posts, files: m.repositoryFiles(result.files, result.assets) };
  };
  const repo = await m.createRepo('main', { '_config.yml': 'title: Blog\n', 'index.md': '# Blog\n' });
  const fake = await m.startGithubForge({ repo, token: TOKEN, owner: 'me', name: 'blog', branch: 'main' });
  try {
    const connection = { kind: 'github', apiUrl: fake.origin, owner: 'me', repo: 'blog', branch: 'main', token: TOKEN, siteFolder: '' };
    const platform = m.browserPlatform();
    const forge = m.githubForge(connection, platform);
    const io = { markSending: async () => undefined };
    const publish = async (id, exported, baseline) => {
      const from = fake.requests.length;
      const start = performance.now();
      const job = {
        id,
        eventName: source.event.name,
        postTitles: exported.posts.map((p) => p.title),
        photoCount: PHOTOS,
        files: exported.files,
        choices: {},
        baseline,
        mayHaveSent: false,
      };
      const outcome = await m.sendJob(job, forge, platform, io);
      const ms = performance.now() - start;
      if (outcome.kind !== 'published' || outcome.commits.length !== 1) {
        throw new Error(`The benchmark publish ${id} did not land as one commit: ${JSON.stringify(outcome).slice(0, 400)}`);
      }
      const changed = (await repo.git(['diff-tree', '--no-commit-id', '--name-only', '-r', outcome.commits[0].id])).toString().trim().split('\n');
      return { ms, outcome, changed, ...traffic(fake.requests, from) };
    };

    const first = await publish('bench-publish-1', files(source), new Map());
    // One talk on day 2 gets one more line: only that day's post differs.
    const editedTalk = source.talks[45].id;
    const edited = { ...source, notes: { ...source.notes, [editedTalk]: `${source.notes[editedTalk]}\n* one more point, added after publishing` } };
    const before = files(source).files;
    const after = files(edited);
    const differs = after.files.filter((f, i) => f.path !== before[i]?.path || Buffer.compare(f.bytes, before[i].bytes) !== 0).map((f) => f.path);
    const baseline = new Map(first.outcome.baseline.map((b) => [b.path, b]));
    const again = await publish('bench-publish-2', after, baseline);

    const photoBytes = Object.values(source.photos).reduce((sum, p) => sum + p.bytes.length, 0);
    const base64 = after.files.reduce((sum, f) => sum + Math.ceil(f.bytes.length / 3) * 4, 0);
    return {
      posts: after.posts.length,
      talks: source.talks.length,
      photos: PHOTOS,
      photoBytes,
      files: after.files.length,
      base64,
      graphqlLimit: m.GRAPHQL_MAX_BYTES,
      first,
      again,
      differs,
      problems: [...fake.problems],
    };
  } finally {
    await fake.close();
    await repo.remove();
  }
}

/** The publish figures as a heading, table rows and whether each target was met (for report.table). */
export function publishRows(p, target) {
  const share = p.again.bytes / p.first.bytes;
  const onlyChanged = p.differs.length === 1 && p.again.changed.length === 1 && p.again.changed[0] === p.differs[0];
  const heading =
    `Publishing in Node: ${p.talks} talks over 3 days (${p.posts} posts) with ${p.photos} photos of ${MB(p.photoBytes)}, ${p.files} files, ` +
    `to a fake GitHub over a real git repository, through the app's export, sendJob, GitHub forge and fetch. ` +
    `Then one talk's notes edited, exported again and published with the first publish's baseline. ` +
    `Commit path: ${p.first.path} (the files are ${MB(p.base64)} as base64; GraphQL takes up to ${MB(p.graphqlLimit)}).`;
  return [
    heading,
    [
      ['first publish: requests', String(p.first.requests), ''],
      ['first publish: bytes sent (request bodies)', MB(p.first.bytes), 1],
      ['first publish: files in its commit', String(p.first.changed.length), ''],
      ['first publish: time', `${p.first.ms.toFixed(0)} ms`, ''],
      ['after one edit: requests', String(p.again.requests), ''],
      [
        'after one edit: bytes sent',
        `${(p.again.bytes / 1024).toFixed(1)} KB`,
        `${(share * 100).toFixed(2)} %`,
        target('< 5% of the first', share < 0.05, 're-publish bytes'),
      ],
      [`after one edit: its commit holds`, p.again.changed.join(', '), '', target('only the changed post', onlyChanged, 're-publish commit')],
      ['after one edit: time', `${p.again.ms.toFixed(0)} ms`, ''],
      [
        "requests outside GitHub's API descriptions",
        String(p.problems.length),
        '',
        target('none', p.problems.length === 0, "publish requests fit GitHub's API:"),
      ],
    ],
  ];
}
