// The GitLab forge against a fake GitLab whose state is a real bare git repository.
import { describe, expect, it } from 'vitest';
import { gitlabForge } from '../../src/publish/forges/gitlab';
import { startGitlabForge } from './fake-forge/gitlab';
import { createRepo } from './fake-forge/git-repo';
import { TOKEN, forgeContract, platform, request, type ForgeUnderTest } from './forge-contract';
import { fakeRefusals } from './fake-refusals';

const gitlab: ForgeUnderTest = {
  kind: 'gitlab',
  // A subgroup, so the project id must travel URL-encoded ("talks%2Fteam%2Fblog").
  owner: 'talks/team',
  start: (options) => startGitlabForge(options),
  forge: (connection) => gitlabForge(connection, platform),
  isCommit: request('POST', /\/repository\/commits$/),
  isListing: request('GET', /\/repository\/tree$/),
  // One listing per distinct folder: "", _posts, the photos (2 pages of 100), the missing one; then list() again.
  blobIdListings: 6,
  commitUrl: (apiUrl, owner, name) => `${apiUrl}/projects/${encodeURIComponent(`${owner}/${name}`)}/repository/commits`,
  authorization: (token) => ({ 'private-token': token }),
};

const action = (fields: Record<string, unknown>) => ({
  branch: 'main',
  commit_message: 'm',
  actions: [{ file_path: 'new.md', content: 'aGk=', encoding: 'base64', action: 'create', ...fields }],
});

describe('GitLab forge', () => {
  forgeContract(gitlab);

  fakeRefusals(gitlab, [
    { name: 'an unknown action', body: async () => action({ action: 'upsert' }), status: 400, reason: /^actions\[0\]\[action\] does not have a valid value$/ },
    {
      name: 'an unknown encoding',
      body: async () => action({ encoding: 'utf-8' }),
      status: 400,
      reason: /^actions\[0\]\[encoding\] does not have a valid value$/,
    },
    {
      name: 'a missing branch and path',
      body: async () => ({ commit_message: 'm', actions: [{ action: 'create' }] }),
      status: 400,
      reason: /^branch is missing, actions\[0\]\[file_path\] is missing$/,
    },
    {
      name: 'a create over an existing file',
      body: async () => action({ file_path: '_posts/a.md' }),
      status: 400,
      reason: /^A file with this name already exists$/,
    },
    {
      name: 'an update of a missing file',
      body: async () => action({ action: 'update', file_path: 'gone.md' }),
      status: 400,
      reason: /^A file with this name doesn't exist$/,
    },
    {
      name: 'a branch that does not exist',
      body: async () => ({ ...action({}), branch: 'nope' }),
      status: 400,
      reason: /only create or edit files when you are on a branch/,
    },
  ]);

  it('like GitLab, the fake keeps content sent without an encoding as text (so base64 would land as base64)', async () => {
    const repo = await createRepo('main', { 'a.md': 'a\n' });
    const server = await startGitlabForge({ repo, token: TOKEN, owner: 'me', name: 'blog', branch: 'main' });
    try {
      const body = { branch: 'main', commit_message: 'm', actions: [{ action: 'create', file_path: 'b.md', content: 'aGk=' }] };
      const response = await fetch(gitlab.commitUrl(server.apiUrl, 'me', 'blog'), {
        method: 'POST',
        headers: { 'private-token': TOKEN, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      expect((await repo.read('main', 'b.md'))!.toString()).toBe('aGk=');
    } finally {
      await server.close();
      await repo.remove();
    }
  });

  it('sends the token as a Bearer header and never in the URL', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const forge = gitlabForge(
      { kind: 'gitlab', apiUrl: 'https://gitlab.example.test/api/v4', owner: 'me', repo: 'blog', branch: 'main', token: 'secret-token', siteFolder: '' },
      { ...platform, http: async (r) => (seen.push(r), { status: 200, headers: {}, body: '{"commit":{"id":"abc"}}' }) },
    );
    expect(await forge.head()).toBe('abc');
    expect(seen[0]).toMatchObject({
      url: 'https://gitlab.example.test/api/v4/projects/me%2Fblog/repository/branches/main',
      headers: { authorization: 'Bearer secret-token' },
    });
    expect(forge.webUrl()).toBe('https://gitlab.example.test/me/blog');
  });
});
