// Reading what people paste as their blog's repository, and the token advice per host.
import { describe, expect, it } from 'vitest';
import { connectionFrom, DEFAULT_API, hostChoiceOf, hostName, parseRepository, tokenAdvice, webOrigin } from '../../src/publish/hosts';

describe('parseRepository', () => {
  it.each([
    ['me/blog', { owner: 'me', repo: 'blog', host: null }],
    ['  me/blog.github.io  ', { owner: 'me', repo: 'blog.github.io', host: null }],
    ['group/sub/blog', { owner: 'group/sub', repo: 'blog', host: null }],
    ['https://github.com/me/blog', { owner: 'me', repo: 'blog', host: { choice: 'github', apiUrl: DEFAULT_API.github } }],
    ['https://github.com/me/blog.git', { owner: 'me', repo: 'blog', host: { choice: 'github', apiUrl: DEFAULT_API.github } }],
    ['https://github.com/me/blog/tree/main/_posts', { owner: 'me', repo: 'blog', host: { choice: 'github', apiUrl: DEFAULT_API.github } }],
    ['git@github.com:me/blog.git', { owner: 'me', repo: 'blog', host: { choice: 'github', apiUrl: DEFAULT_API.github } }],
    ['https://gitlab.com/group/sub/blog/-/tree/main', { owner: 'group/sub', repo: 'blog', host: { choice: 'gitlab', apiUrl: DEFAULT_API.gitlab } }],
    ['https://codeberg.org/me/blog/src/branch/main', { owner: 'me', repo: 'blog', host: { choice: 'gitea', apiUrl: DEFAULT_API.gitea } }],
    ['https://git.example.com/me/blog', { owner: 'me', repo: 'blog', host: null }],
  ])('%s', (input, expected) => {
    expect(parseRepository(input)).toEqual(expected);
  });

  it.each(['', 'blog', 'https://github.com/me', 'me/bl og', 'me//', 'https://exa mple.com/a/b'])('refuses %j', (input) => {
    expect(parseRepository(input)).toBeNull();
  });
});

describe('hosts', () => {
  it.each([
    [{ kind: 'github', apiUrl: 'https://api.github.com' }, 'github', 'GitHub'],
    [{ kind: 'github', apiUrl: 'https://ghe.example.com/api/v3' }, 'github-enterprise', 'ghe.example.com'],
    [{ kind: 'gitlab', apiUrl: 'https://gitlab.com/api/v4' }, 'gitlab', 'GitLab'],
    [{ kind: 'gitea', apiUrl: 'https://codeberg.org/api/v1' }, 'gitea', 'codeberg.org'],
  ] as const)('%j is %s, named %s', (connection, choice, name) => {
    expect(hostChoiceOf(connection)).toBe(choice);
    expect(hostName(connection)).toBe(name);
  });

  it('finds the web address and the token page of each host', () => {
    expect(webOrigin('https://api.github.com')).toBe('https://github.com');
    expect(tokenAdvice('github', DEFAULT_API.github).url).toBe('https://github.com/settings/personal-access-tokens/new');
    expect(tokenAdvice('github', DEFAULT_API.github).steps).toMatch(/Contents: Read and write/);
    expect(tokenAdvice('github-enterprise', 'https://ghe.example.com/api/v3').url).toBe('https://ghe.example.com/settings/personal-access-tokens/new');
    expect(tokenAdvice('github-enterprise', '').url).toBeNull();
    expect(tokenAdvice('gitlab', DEFAULT_API.gitlab).url).toBe('https://gitlab.com/-/user_settings/personal_access_tokens');
    // The page linked makes personal tokens (project tokens need a paid plan on gitlab.com), and
    // a Developer cannot push to a protected branch such as main.
    expect(tokenAdvice('gitlab', DEFAULT_API.gitlab).steps).toMatch(/^Make a personal access token with the scope "api"/);
    expect(tokenAdvice('gitlab', DEFAULT_API.gitlab).steps).not.toMatch(/Developer/);
    expect(tokenAdvice('gitlab', DEFAULT_API.gitlab).steps).toMatch(/Maintainer/);
    expect(tokenAdvice('gitea', DEFAULT_API.gitea).url).toBe('https://codeberg.org/user/settings/applications');
  });
});

describe('connectionFrom', () => {
  const allowed = ['https://api.github.com', 'https://gitlab.com', 'https://codeberg.org'];
  const form = { choice: 'github' as const, apiUrl: 'https://api.github.com', repository: 'me/blog', branch: 'main', token: ' tok ' };
  it('makes a connection from a filled-in form', () => {
    expect(connectionFrom(form, allowed)).toEqual({
      ok: true,
      connection: { kind: 'github', apiUrl: 'https://api.github.com', owner: 'me', repo: 'blog', branch: 'main', token: 'tok' },
    });
    expect(connectionFrom({ ...form, choice: 'gitlab', apiUrl: 'https://gitlab.com/api/v4/', repository: 'g/s/blog' }, allowed)).toMatchObject({
      ok: true,
      connection: { kind: 'gitlab', apiUrl: 'https://gitlab.com/api/v4', owner: 'g/s', repo: 'blog' },
    });
  });
  it('keeps the token given before only for the same API address: it never goes to another host', () => {
    const previous = { apiUrl: 'https://api.github.com', token: 'ghp_secret' };
    expect(connectionFrom({ ...form, token: '' }, allowed, previous)).toMatchObject({ ok: true, connection: { token: 'ghp_secret' } });
    expect(connectionFrom({ ...form, apiUrl: 'https://api.github.com/', token: '' }, allowed, previous)).toMatchObject({
      ok: true,
      connection: { token: 'ghp_secret' },
    });
    const moved = connectionFrom({ ...form, choice: 'gitlab', apiUrl: 'https://gitlab.com/api/v4', token: '' }, allowed, previous);
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.message).toMatch(/new host.*token made on gitlab\.com/i);
    expect(connectionFrom({ ...form, choice: 'gitlab', apiUrl: 'https://gitlab.com/api/v4', token: 'glpat' }, allowed, previous)).toMatchObject({
      ok: true,
      connection: { token: 'glpat' },
    });
  });
  it.each([
    [{ repository: 'blog' }, /owner\/name/],
    [{ apiUrl: 'not an address' }, /API address/],
    [{ apiUrl: 'https://git.example.com/api/v1', choice: 'gitea' }, /PUBLISH_HOSTS/],
    [{ branch: ' ' }, /branch/],
    [{ token: '' }, /token/],
  ] as const)('%j is refused with a message', (change, message) => {
    const result = connectionFrom({ ...form, ...change }, allowed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
