// The Gitea/Forgejo forge against a fake Gitea whose state is a real bare git repository.
import { describe, expect, it } from 'vitest';
import { giteaForge } from '../../src/publish/forges/gitea';
import { startGiteaForge } from './fake-forge/gitea';
import { createRepo } from './fake-forge/git-repo';
import { forgeContract, platform, request, type ForgeUnderTest } from './forge-contract';
import { fakeRefusals } from './fake-refusals';

const gitea: ForgeUnderTest = {
  kind: 'gitea',
  owner: 'me',
  // The fake's tree pages hold 100 entries (an admin's DEFAULT_GIT_TREES_PER_PAGE), so paging shows.
  start: (options) => startGiteaForge({ ...options, treesPerPage: options.pageSize }),
  forge: (connection) => giteaForge(connection, platform),
  isCommit: request('POST', /\/contents$/),
  isListing: request('GET', /\/git\/trees\/[0-9a-f]{40}$/),
  // The whole tree once (2 pages of 100), kept for the commit: list() afterwards costs nothing.
  blobIdListings: 2,
  commitUrl: (apiUrl, owner, name) => `${apiUrl}/repos/${owner}/${name}/contents`,
  authorization: (token) => ({ authorization: `token ${token}` }),
};

const file = (fields: Record<string, unknown>) => ({
  branch: 'main',
  message: 'm',
  files: [{ operation: 'create', path: 'new.md', content: 'aGk=', ...fields }],
});
const blob = async (repo: { git(args: string[]): Promise<Buffer> }, path: string) => (await repo.git(['rev-parse', `main:${path}`])).toString().trim();

describe('Gitea/Forgejo forge', () => {
  forgeContract(gitea);

  fakeRefusals(gitea, [
    {
      name: 'a create over an existing file',
      body: async () => file({ path: '_posts/a.md' }),
      status: 422,
      reason: /^repository file already exists \[path: _posts\/a\.md\]$/,
    },
    {
      name: 'an update naming a stale blob',
      body: async () => file({ operation: 'update', path: '_posts/a.md', sha: '0'.repeat(40) }),
      status: 422,
      reason: /^sha does not match \[given: 0{40}, expected: [0-9a-f]{40}\]$/,
    },
    {
      name: 'an update of a missing file',
      body: async () => file({ operation: 'update', path: 'gone.md', sha: '0'.repeat(40) }),
      status: 404,
      reason: /^object does not exist/,
    },
    { name: 'content that is not base64', body: async () => file({ content: 'not base64!' }), status: 422, reason: /illegal base64 data/ },
    { name: 'an unknown operation', body: async () => file({ operation: 'upsert' }), status: 500, reason: /invalid file operation: upsert/ },
    { name: 'a body without files', body: async () => ({ branch: 'main', message: 'm' }), status: 422, reason: /Files/ },
    {
      name: 'a folder where a file should go',
      body: async (repo) => file({ operation: 'update', path: '_posts', sha: await blob(repo, '_posts') }),
      status: 422,
      reason: /a directory exists where/,
    },
  ]);

  it('refuses with head-moved when a file we update is edited just before our commit', async () => {
    const repo = await createRepo('main', { '_posts/a.md': 'a\n' });
    const server = await startGiteaForge({ repo, token: 't', owner: 'me', name: 'blog', branch: 'main' });
    try {
      const forge = giteaForge({ kind: 'gitea', apiUrl: server.apiUrl, owner: 'me', repo: 'blog', branch: 'main', token: 't', siteFolder: '' }, platform);
      const head = await forge.head();
      const previous = await blob(repo, '_posts/a.md');
      server.before(gitea.isCommit, async () => void (await repo.commitFiles('main', [{ path: '_posts/a.md', bytes: Buffer.from('theirs\n') }], 'Theirs')));
      const changes = [{ path: '_posts/a.md', bytes: new Uint8Array(Buffer.from('ours\n')), previous }];
      await expect(forge.commit({ expectedHead: head, message: 'm', changes })).rejects.toMatchObject({
        kind: 'head-moved',
        message: expect.stringMatching(/sha does not match/),
      });
      expect((await repo.read('main', '_posts/a.md'))!.toString()).toBe('theirs\n');
    } finally {
      await server.close();
      await repo.remove();
    }
  });

  it('names the host in its messages and sends the token as "token …"', async () => {
    const seen: { headers: Record<string, string> }[] = [];
    const forge = giteaForge(
      { kind: 'gitea', apiUrl: 'https://codeberg.org/api/v1', owner: 'me', repo: 'blog', branch: 'main', token: 'secret-token', siteFolder: '' },
      { ...platform, http: async (r) => (seen.push(r), { status: 401, headers: {}, body: '{"message":"token is required"}' }) },
    );
    await expect(forge.head()).rejects.toMatchObject({ kind: 'auth', message: expect.stringMatching(/^codeberg\.org refused the token/) });
    expect(seen[0]!.headers).toEqual({ authorization: 'token secret-token' });
    expect(forge.webUrl()).toBe('https://codeberg.org/me/blog');
  });
});
