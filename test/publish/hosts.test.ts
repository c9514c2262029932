// Reading what people paste as their blog's repository, and the token advice per host.
import { describe, expect, it } from 'vitest';
import { DEFAULT_API, hostChoiceOf, hostName, parseRepository, tokenAdvice, webOrigin } from '../../src/publish/hosts';

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
    expect(tokenAdvice('gitea', DEFAULT_API.gitea).url).toBe('https://codeberg.org/user/settings/applications');
  });
});
