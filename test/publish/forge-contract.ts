// What every non-GitHub forge client must do against its fake host (a real bare git repository):
// read the branch, folders, files and blob ids as git has them, publish several files as exactly
// one commit, and turn the host's refusals into the PublishError the outbox acts on.
import { afterEach, describe, expect, it } from 'vitest';
import { browserPlatform } from '../../src/outbox/platform';
import type { BlogConnection, FileChange, Forge, ForgeKind } from '../../src/publish/types';
import { createRepo, type GitRepo } from './fake-forge/git-repo';
import type { FakeForgeServer, ForgeRequest } from './fake-forge/server';

/** One host, as the contract drives it. */
export interface ForgeUnderTest {
  kind: ForgeKind;
  /** Owner as the person types it (GitLab: with a subgroup, to prove the project id is encoded). */
  owner: string;
  /** Starts the fake host; `pageSize` is the most tree entries it answers per request. */
  start(options: {
    repo: GitRepo;
    token: string;
    owner: string;
    name: string;
    branch: string;
    pageSize: number;
  }): Promise<FakeForgeServer & { apiUrl: string }>;
  forge(connection: BlogConnection): Forge;
  /** The one request that commits. */
  isCommit(request: { method: string; path: string }): boolean;
  /** A request that lists a folder or tree. */
  isListing(request: { method: string; path: string }): boolean;
  /** Listing requests the blobIds case may cost (root, _posts, a 150-photo folder, a missing one). */
  blobIdListings: number;
  /** Where the commit request goes, and the header the token travels in (for raw requests to the fake). */
  commitUrl(apiUrl: string, owner: string, name: string): string;
  authorization(token: string): Record<string, string>;
}

/** The token the fake hosts let in. */
export const TOKEN = 'tok-1234567890';
const TRAILER = 'Talknotes-Publish-Id: 7f3c2a';
const PHOTOS = Array.from({ length: 150 }, (_, i) => `assets/images/devconf/photo-${String(i).padStart(3, '0')}.jpg`);
const BINARY = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x80, 0xfe, 0x0d, 0x0a]);

const bytes = (text: string) => new Uint8Array(Buffer.from(text));

/** The shared cases, run against one host's client and fake. */
export function forgeContract(host: ForgeUnderTest): void {
  const open: { repo: GitRepo; server: FakeForgeServer }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map(async ({ repo, server }) => (await server.close(), await repo.remove())));
  });

  async function setup(options: { photos?: boolean; token?: string; repo?: string; branch?: string } = {}) {
    const files: Record<string, string | Uint8Array> = {
      '_config.yml': 'title: Notes\n',
      '_posts/2024-05-01-keynote.md': '# Keynote\n',
      'about.md': 'About me\n',
    };
    for (const path of options.photos ? PHOTOS : []) files[path] = `jpeg ${path}`;
    const repo = await createRepo('main', files);
    const server = await host.start({ repo, token: TOKEN, owner: host.owner, name: 'blog', branch: 'main', pageSize: 100 });
    open.push({ repo, server });
    const connection: BlogConnection = {
      kind: host.kind,
      apiUrl: server.apiUrl,
      owner: host.owner,
      repo: options.repo ?? 'blog',
      branch: options.branch ?? 'main',
      token: options.token ?? TOKEN,
      siteFolder: '',
    };
    return { repo, server, forge: host.forge(connection) };
  }

  describe('reads the branch as git has it', () => {
    it('gives the branch head and the repository page', async () => {
      const { repo, server, forge } = await setup();
      expect(await forge.head()).toBe(await repo.head('main'));
      expect(forge.webUrl()).toBe(`${server.origin}/${host.owner}/blog`);
    });

    it.each([
      ['', ['_config.yml', '_posts', 'about.md', 'assets']],
      ['_posts', ['2024-05-01-keynote.md']],
      ['assets/images', ['devconf']],
      ['no/such/folder', []],
    ])('lists folder "%s" with git\'s ids', async (dir, names) => {
      const { repo, forge } = await setup({ photos: true });
      const head = (await repo.head('main'))!;
      const listed = await forge.list(head, dir);
      expect(listed.map((e) => e.name).sort()).toEqual(names);
      const git = await repo.list(head, dir);
      expect(listed.map((e) => [e.path, e.type, e.id]).sort()).toEqual(git.map((e) => [e.path, e.type, e.id]).sort());
    });

    it("pages through a folder of 150 photos: every entry, with git's blob ids", async () => {
      const { repo, server, forge } = await setup({ photos: true });
      const head = (await repo.head('main'))!;
      const listed = await forge.list(head, 'assets/images/devconf');
      expect(listed).toHaveLength(150);
      const git = new Map((await repo.list(head, 'assets/images/devconf')).map((e) => [e.path, e.id]));
      for (const entry of listed) expect(entry.id).toBe(git.get(entry.path));
      expect(server.requests.filter(host.isListing).length).toBeGreaterThan(1);
    });

    it.each([
      ['_config.yml', 'title: Notes\n'],
      ['_posts/2024-05-01-keynote.md', '# Keynote\n'],
      ['_posts/missing.md', null],
    ])('reads %s as text (or null)', async (path, text) => {
      const { repo, forge } = await setup();
      expect(await forge.readText((await repo.head('main'))!, path)).toBe(text);
    });

    it('gives blob ids for paths in several folders, leaving out the ones with no file', async () => {
      const { repo, server, forge } = await setup({ photos: true });
      const head = (await repo.head('main'))!;
      const paths = ['_config.yml', '_posts/2024-05-01-keynote.md', PHOTOS[0]!, PHOTOS[149]!, '_posts/new.md', 'nowhere/x.md'];
      const ids = await forge.blobIds(head, paths);
      const expected = new Map<string, string>();
      for (const path of paths.slice(0, 4)) expected.set(path, (await repo.git(['rev-parse', `${head}:${path}`])).toString().trim());
      expect(ids).toEqual(expected);
      expect(await forge.list(head, '_posts')).toHaveLength(1);
      expect(server.requests.filter(host.isListing)).toHaveLength(host.blobIdListings);
    });

    it('gives the newest commits first, with their pages', async () => {
      const { repo, forge } = await setup();
      await repo.commitFiles('main', [{ path: 'a.md', bytes: bytes('a') }], `Second\n\n${TRAILER}`);
      const recent = await forge.recent(5);
      const log = await repo.log('main', 5);
      expect(recent.map((c) => c.id)).toEqual(log.map((c) => c.id));
      expect(recent[0]!.message).toContain(TRAILER);
      expect(recent[0]!.url).toContain(log[0]!.id);
    });
  });

  describe('publishes as one commit', () => {
    const changes = async (repo: GitRepo): Promise<FileChange[]> => [
      { path: '_posts/2024-05-02-talk.md', bytes: bytes('# Talk\n\nÜber Café ☕\n'), previous: null },
      {
        path: '_posts/2024-05-01-keynote.md',
        bytes: bytes('# Keynote, edited\n'),
        previous: (await repo.git(['rev-parse', 'main:_posts/2024-05-01-keynote.md'])).toString().trim(),
      },
      { path: 'assets/images/devconf/stage.jpg', bytes: BINARY, previous: null },
    ];

    it('commits every file, bytes intact, once, with the trailer', async () => {
      const { repo, server, forge } = await setup();
      const before = (await repo.head('main'))!;
      const message = `Publish DevConf: Talk\n\n${TRAILER}`;
      const info = await forge.commit({ expectedHead: before, message, changes: await changes(repo) });
      expect(await repo.count('main')).toBe(2);
      const [last] = await repo.log('main', 1);
      expect(last).toMatchObject({ id: info.id, parents: [before] });
      expect(last!.message).toContain(TRAILER);
      expect(info.message).toContain(TRAILER);
      expect(info.url).toContain(info.id);
      for (const change of await changes(repo)) expect(new Uint8Array((await repo.read('main', change.path))!)).toEqual(change.bytes);
      expect(server.requests.filter(host.isCommit)).toHaveLength(1);
    });

    it('refuses with head-moved, and commits nothing, when the branch moved since it was read', async () => {
      const { repo, server, forge } = await setup();
      const stale = (await repo.head('main'))!;
      await repo.commitFiles('main', [{ path: 'other.md', bytes: bytes('x') }], 'Someone else');
      await expect(forge.commit({ expectedHead: stale, message: TRAILER, changes: await changes(repo) })).rejects.toMatchObject({ kind: 'head-moved' });
      expect(await repo.count('main')).toBe(2);
      expect(server.requests.filter(host.isCommit)).toHaveLength(0);
    });

    it('refuses with head-moved when another commit creates one of our files just before ours', async () => {
      const { repo, server, forge } = await setup();
      const head = (await repo.head('main'))!;
      server.before(
        host.isCommit,
        async () => void (await repo.commitFiles('main', [{ path: '_posts/2024-05-02-talk.md', bytes: bytes('theirs') }], 'Theirs')),
      );
      await expect(forge.commit({ expectedHead: head, message: TRAILER, changes: await changes(repo) })).rejects.toMatchObject({ kind: 'head-moved' });
      expect((await repo.log('main', 1))[0]!.message).toBe('Theirs');
      expect((await repo.read('main', '_posts/2024-05-02-talk.md'))!.toString()).toBe('theirs');
    });

    it('keeps another commit to other files that lands just before ours', async () => {
      const { repo, server, forge } = await setup();
      const head = (await repo.head('main'))!;
      server.before(host.isCommit, async () => void (await repo.commitFiles('main', [{ path: 'theirs.md', bytes: bytes('theirs') }], 'Theirs')));
      await forge.commit({ expectedHead: head, message: TRAILER, changes: await changes(repo) });
      expect(await repo.count('main')).toBe(3);
      expect((await repo.read('main', 'theirs.md'))!.toString()).toBe('theirs');
    });
  });

  describe('turns refusals into errors a person can act on', () => {
    it('says the token was refused (auth) on a 401', async () => {
      const { forge } = await setup({ token: 'wrong' });
      await expect(forge.head()).rejects.toMatchObject({ kind: 'auth', message: expect.stringMatching(/token/) });
    });

    it.each([
      ['repository', { repo: 'nope' }, /no (project|repository) “[^”]*nope”/],
      ['branch', { branch: 'nope' }, /no branch “nope”/],
    ])('names the missing %s on a 404', async (_what, options, message) => {
      const { forge } = await setup(options);
      await expect(forge.head()).rejects.toMatchObject({ kind: 'not-found', message: expect.stringMatching(message) });
    });

    it('waits as the host says on a 429 with Retry-After', async () => {
      const { server, forge } = await setup();
      server.failNext(() => true, { kind: 'reply', reply: { status: 429, headers: { 'retry-after': '30' }, body: 'Retry later\n' } });
      await expect(forge.head()).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
    });
  });
}

/** The platform the app publishes with (fetch, Web Crypto, btoa), pointed at the fake host. */
export const platform = browserPlatform();

/** Matches a request by method and the end of its path. */
export function request(method: string, pathEnd: RegExp): (r: { method: string; path: string } | ForgeRequest) => boolean {
  return (r) => r.method === method && pathEnd.test(r.path);
}
