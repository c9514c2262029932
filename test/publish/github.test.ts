// The GitHub forge against a fake GitHub whose state is a real bare git repository, every request
// checked against GitHub's published GraphQL schema and REST OpenAPI description.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserPlatform } from '../../src/outbox/platform';
import { PublishError } from '../../src/publish/errors';
import { githubForge, githubGraphqlUrl, githubWebUrl, type GithubOptions } from '../../src/publish/forges/github';
import { splitMessage } from '../../src/publish/forges/github-commit';
import type { BlogConnection, FileChange } from '../../src/publish/types';
import { createRepo, type GitRepo } from './fake-forge/git-repo';
import { startGithubForge, type FakeGithub } from './fake-forge/github';
import { checkGraphql, checkRest, checkRestResponse } from './fake-forge/github-check';

const TOKEN = 'github_pat_test';
const gitId = (bytes: Uint8Array) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
/** JPEG-like bytes: the SOI marker, then every byte value (NULs and invalid UTF-8 included). */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 3000 }, (_, i) => (i * 7) % 256), 0xff, 0xd9]);
const MESSAGE = 'Publish DevConf day 1: 2 posts\n\nPosts: Opening keynote, Rust in prod\n\nTalknotes-Publish-Id: 3f2a9c';

let repo: GitRepo;
let fake: FakeGithub;

beforeEach(async () => {
  repo = await createRepo('main', {
    '_config.yml': 'title: Blog\n',
    '_posts/2024-01-01-old.md': 'old\n',
    'assets/images/logo.png': new Uint8Array([0x89, 0x50, 0, 1]),
  });
  fake = await startGithubForge({ repo, token: TOKEN, owner: 'me', name: 'blog', branch: 'main' });
});

afterEach(async () => {
  // Every request the client sent, and every answer the fake gave, fits GitHub's descriptions.
  expect(fake.problems).toEqual([]);
  await fake.close();
  await repo.remove();
});

function connect(overrides: Partial<BlogConnection> = {}, options: GithubOptions = {}) {
  const connection: BlogConnection = {
    kind: 'github',
    apiUrl: fake.origin,
    owner: 'me',
    repo: 'blog',
    branch: 'main',
    token: TOKEN,
    siteFolder: '',
    ...overrides,
  };
  return githubForge(connection, browserPlatform(), options);
}

/** The error a promise rejects with, or a failure when it resolves. */
async function failure(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

const posts: FileChange[] = [
  { path: '_posts/2024-05-01-opening-keynote.md', bytes: Buffer.from('---\ntitle: "Opening keynote"\n---\nNotes ✓\n'), previous: null },
  { path: '_posts/2024-01-01-old.md', bytes: Buffer.from('old, edited\n'), previous: gitId(Buffer.from('old\n')) },
  { path: 'assets/images/devconf/stage.jpg', bytes: JPEG, previous: null },
];

describe('addresses', () => {
  it.each([
    ['https://api.github.com', 'https://api.github.com/graphql', 'https://github.com/me/blog'],
    ['https://github.example.com/api/v3', 'https://github.example.com/api/graphql', 'https://github.example.com/me/blog'],
    ['https://github.example.com/api/v3/', 'https://github.example.com/api/graphql', 'https://github.example.com/me/blog'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/graphql', 'http://127.0.0.1:4000/me/blog'],
  ])('%s → GraphQL at %s, pages at %s', (apiUrl, graphql, web) => {
    expect(githubGraphqlUrl(apiUrl)).toBe(graphql);
    expect(githubWebUrl({ apiUrl, owner: 'me', repo: 'blog' })).toBe(web);
  });

  it.each([
    ['One line', 'One line', ''],
    ['Head\n\nBody\n\nTalknotes-Publish-Id: x', 'Head', 'Body\n\nTalknotes-Publish-Id: x'],
    ['Head\nBody', 'Head', 'Body'],
  ])('splits %j into headline and body', (message, headline, body) => {
    expect(splitMessage(message)).toEqual({ headline, body });
  });
});

describe('reading', () => {
  it('reads the head, folders, texts and recent commits as git has them', async () => {
    const forge = connect();
    const head = await forge.head();
    expect(head).toBe(await repo.head('main'));
    expect(forge.webUrl()).toBe(`${fake.origin}/me/blog`);

    const root = await forge.list(head, '');
    expect(root.map((e) => [e.name, e.type])).toEqual([
      ['_config.yml', 'blob'],
      ['_posts', 'tree'],
      ['assets', 'tree'],
    ]);
    const postsDir = await forge.list(head, '_posts');
    expect(postsDir).toEqual([{ name: '2024-01-01-old.md', path: '_posts/2024-01-01-old.md', type: 'blob', id: gitId(Buffer.from('old\n')) }]);
    expect(await forge.list(head, 'content/posts')).toEqual([]);

    expect(await forge.readText(head, '_config.yml')).toBe('title: Blog\n');
    expect(await forge.readText(head, 'hugo.toml')).toBeNull();
    expect(await forge.readText(head, '_posts')).toBeNull();

    await repo.commitFiles('main', [{ path: 'a.md', bytes: Buffer.from('a') }], 'Second\n\nTalknotes-Publish-Id: one');
    const recent = await forge.recent(5);
    const log = await repo.log('main', 5);
    expect(recent.map((c) => [c.id, c.message])).toEqual(log.map((c) => [c.id, c.message]));
    expect(recent[0]!.url).toBe(`${fake.origin}/me/blog/commit/${log[0]!.id}`);
  });

  it('reads a text GraphQL cuts short from the raw blob', async () => {
    const long = `title: Blog\n${'# padding\n'.repeat(100_000)}`;
    await repo.commitFiles('main', [{ path: '_config.yml', bytes: Buffer.from(long) }], 'Long config');
    const forge = connect();
    const before = fake.requests.length;
    expect(await forge.readText(await forge.head(), '_config.yml')).toBe(long);
    expect(fake.requests.slice(before).map((r) => r.path.replace(/[0-9a-f]{40}$/, ''))).toEqual([
      '/repos/me/blog/branches/main',
      '/graphql',
      '/repos/me/blog/git/blobs/',
    ]);
  });

  it('finds blob ids equal to git’s for many paths in one request per 50 folders', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`content/posts/p${i}/index.md`] = `post ${i}\n`;
    await repo.commitFiles(
      'main',
      Object.entries(files).map(([path, text]) => ({ path, bytes: Buffer.from(text) })),
      'Posts',
    );
    const forge = connect();
    const head = await forge.head();
    const asked = ['_config.yml', '_posts/2024-01-01-old.md', '_posts/missing.md', 'nowhere/x.md', '_posts', ...Object.keys(files)];
    const before = fake.requests.length;
    const ids = await forge.blobIds(head, asked);
    // 64 distinct folders → two GraphQL requests.
    expect(fake.requests.slice(before).map((r) => r.path)).toEqual(['/graphql', '/graphql']);
    const expected = new Map<string, string>([
      ['_config.yml', gitId(Buffer.from('title: Blog\n'))],
      ['_posts/2024-01-01-old.md', gitId(Buffer.from('old\n'))],
      ...Object.entries(files).map(([path, text]): [string, string] => [path, gitId(Buffer.from(text))]),
    ]);
    expect(new Map([...ids].sort())).toEqual(new Map([...expected].sort()));
  }, 30_000); // 64 folders written and read through real git: slow on a busy machine
});

describe.each([
  ['GraphQL createCommitOnBranch', {}, ['/graphql']],
  [
    'the Git Data API (above the GraphQL size limit)',
    { graphqlMaxBytes: 100 },
    ['/repos/me/blog/git/commits/', '/repos/me/blog/git/blobs', '/repos/me/blog/git/trees', '/repos/me/blog/git/commits', '/repos/me/blog/git/refs/heads/main'],
  ],
] as const)('a publish through %s', (_name, options: GithubOptions, paths) => {
  it('lands as exactly one commit holding every file’s bytes, with the trailer', async () => {
    const forge = connect({}, options);
    const head = await forge.head();
    const before = fake.requests.length;
    const commit = await forge.commit({ expectedHead: head, message: MESSAGE, changes: posts });

    const sent = fake.requests.slice(before);
    expect(new Set(sent.map((r) => r.path.replace(/[0-9a-f]{40}$/, '')))).toEqual(new Set(paths));
    expect(sent.some((r) => r.method === 'PUT' || r.path.includes('/contents'))).toBe(false);
    expect(await repo.count('main')).toBe(2);
    const [last] = await repo.log('main', 1);
    expect(last).toMatchObject({ id: commit.id, parents: [head], message: MESSAGE });
    expect(commit).toEqual({ id: last!.id, message: MESSAGE, url: `${fake.origin}/me/blog/commit/${last!.id}` });
    for (const file of posts) expect(new Uint8Array((await repo.read('main', file.path))!)).toEqual(new Uint8Array(file.bytes));
    // Files the publish did not carry stay as they were: nothing is deleted.
    expect((await repo.read('main', '_config.yml'))!.toString()).toBe('title: Blog\n');
    expect(await repo.read('main', 'assets/images/logo.png')).not.toBeNull();
  });

  it('refuses with head-moved, and commits nothing, when the branch moved on since it was read', async () => {
    const forge = connect({}, options);
    const head = await forge.head();
    const theirs = await repo.commitFiles('main', [{ path: 'theirs.md', bytes: Buffer.from('theirs') }], 'Someone else');
    const error = await failure(forge.commit({ expectedHead: head, message: MESSAGE, changes: posts }));
    expect(error.kind).toBe('head-moved');
    expect(error.message).toContain('“main” moved on');
    expect(await repo.head('main')).toBe(theirs);
    expect(await repo.count('main')).toBe(2);
  });
});

it('the Git Data API refuses with head-moved when the branch moves between the blobs and the ref update, leaving it as moved', async () => {
  const forge = connect({}, { graphqlMaxBytes: 1 });
  const head = await forge.head();
  let theirs = '';
  fake.before(
    (r) => r.method === 'PATCH',
    async () => void (theirs = await repo.commitFiles('main', [{ path: 'theirs.md', bytes: Buffer.from('x') }], 'Meanwhile')),
  );
  const error = await failure(forge.commit({ expectedHead: head, message: MESSAGE, changes: posts }));
  expect(error.kind).toBe('head-moved');
  expect(error.message).toContain('Update is not a fast forward');
  expect(await repo.head('main')).toBe(theirs);
  expect(await repo.count('main')).toBe(2);
});

it('works with a GitHub Enterprise address (/api/v3 and /api/graphql)', async () => {
  const forge = connect({ apiUrl: `${fake.origin}/api/v3` });
  const head = await forge.head();
  const commit = await forge.commit({ expectedHead: head, message: MESSAGE, changes: posts.slice(0, 1) });
  expect(await repo.head('main')).toBe(commit.id);
  expect(fake.requests.map((r) => r.path)).toEqual(['/api/v3/repos/me/blog/branches/main', '/api/graphql']);
});

describe('refusals, in plain words', () => {
  const rateLimited = {
    kind: 'reply' as const,
    reply: { status: 403, headers: { 'retry-after': '30', 'x-ratelimit-remaining': '0' }, body: { message: 'API rate limit exceeded' } },
  };
  const graphqlLimited = {
    kind: 'reply' as const,
    reply: { status: 200, headers: { 'retry-after': '45' }, body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] } },
  };
  const forbidden = {
    kind: 'reply' as const,
    reply: {
      status: 200,
      body: { data: { createCommitOnBranch: null }, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by personal access token' }] },
    },
  };
  it.each([
    ['a refused token (head)', { token: 'wrong' }, null, 'head', 'auth', 'refused the token', null],
    ['a refused token (GraphQL)', { token: 'wrong' }, null, 'recent', 'auth', 'refused the token', null],
    ['no such repository', { repo: 'nope' }, null, 'head', 'not-found', 'no repository me/nope', null],
    ['no such branch', { branch: 'gh-pages' }, null, 'head', 'not-found', 'has no branch “gh-pages”', null],
    ['no such branch (recent)', { branch: 'gh-pages' }, null, 'recent', 'not-found', 'has no branch “gh-pages”', null],
    ['no such repository (GraphQL)', { repo: 'nope' }, null, 'list', 'not-found', "Could not resolve to a Repository with the name 'me/nope'", null],
    ['a REST rate limit', {}, rateLimited, 'head', 'rate-limited', 'wait', 30_000],
    ['a GraphQL rate limit', {}, graphqlLimited, 'recent', 'rate-limited', 'tries again in 45 s', 45_000],
    ['a token without write access', {}, forbidden, 'commit', 'auth', 'Resource not accessible', null],
  ] as const)('%s', async (_name, overrides, fault, call, kind, words, retryAfterMs) => {
    const head = (await repo.head('main'))!;
    if (fault) fake.failNext(() => true, fault);
    const forge = connect(overrides);
    const calls = {
      head: () => forge.head(),
      recent: () => forge.recent(5),
      list: () => forge.list(head, ''),
      commit: () => forge.commit({ expectedHead: head, message: MESSAGE, changes: posts }),
    };
    const error = await failure(calls[call]());
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(words);
    expect(error.retryAfterMs).toBe(retryAfterMs);
    expect(await repo.count('main')).toBe(1);
  });
});

describe('the checks against GitHub’s descriptions can fail', () => {
  it.each([
    ['an unknown field', 'query { viewer { nope } }', {}, 'Cannot query field "nope"'],
    ['a syntax error', 'query { viewer { login }', {}, 'GraphQL syntax'],
    [
      'a missing required input',
      'mutation ($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }',
      { input: { branch: {}, message: { headline: 'x' } } },
      'expectedHeadOid',
    ],
  ])('GraphQL: %s', async (_name, query, variables, words) => {
    const { problems } = await checkGraphql(query, variables);
    expect(problems.join('\n')).toContain(words);
  });

  it.each([
    ['a tree entry with a numeric path', 'POST', '/repos/{owner}/{repo}/git/trees', { tree: [{ path: 1 }] }, '/tree/0/path must be string'],
    ['a blob without content', 'POST', '/repos/{owner}/{repo}/git/blobs', { encoding: 'base64' }, "required property 'content'"],
    ['the Contents API with no body', 'PUT', '/repos/{owner}/{repo}/contents/{path}', undefined, 'needs a JSON body'],
    ['a route GitHub does not have', 'POST', '/repos/{owner}/{repo}/commits', {}, 'GitHub has no POST'],
  ])('REST: %s', async (_name, method, template, body, words) => {
    expect((await checkRest(method, template, body)).join('\n')).toContain(words);
  });

  it('REST answers: a blob answer without its url', async () => {
    expect((await checkRestResponse('POST', '/repos/{owner}/{repo}/git/blobs', 201, { sha: 'x' })).join('\n')).toContain("required property 'url'");
  });

  it('a bad request to the fake is answered with an error and recorded', async () => {
    const headers = { Authorization: `Bearer ${TOKEN}`, Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
    const graphql = await fetch(`${fake.origin}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: '{ viewer { nope } }' }) });
    expect(((await graphql.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    const rest = await fetch(`${fake.origin}/repos/me/blog/git/blobs`, { method: 'POST', headers, body: JSON.stringify({ content: 5 }) });
    expect(rest.status).toBe(422);
    expect(fake.problems).toHaveLength(2);
    fake.problems.length = 0;
  });
});
