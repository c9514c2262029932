// The hosts a blog can live on: default API addresses, reading a pasted repository address, and
// which token to make where.
import type { BlogConnection, ForgeKind } from './types';
import { hostName as hostOf } from './forges/forge-address';

/** A host as the person picks it: GitHub Enterprise is GitHub with its own API address. */
export type HostChoice = 'github' | 'github-enterprise' | 'gitlab' | 'gitea';

/** The API address a host starts with ("" = the person must give it). */
export const DEFAULT_API: Record<HostChoice, string> = {
  github: 'https://api.github.com',
  'github-enterprise': '',
  gitlab: 'https://gitlab.com/api/v4',
  gitea: 'https://codeberg.org/api/v1',
};

/** The forge behind a choice. */
export const KIND_OF: Record<HostChoice, ForgeKind> = { github: 'github', 'github-enterprise': 'github', gitlab: 'gitlab', gitea: 'gitea' };

/** The choice a stored connection was made with. */
export function hostChoiceOf(connection: Pick<BlogConnection, 'kind' | 'apiUrl'>): HostChoice {
  if (connection.kind === 'github') return connection.apiUrl === DEFAULT_API.github ? 'github' : 'github-enterprise';
  return connection.kind;
}

/** The host's name in messages: "GitHub", "gitlab.example.com". */
export function hostName(connection: Pick<BlogConnection, 'kind' | 'apiUrl'>): string {
  if (connection.apiUrl === DEFAULT_API.github) return 'GitHub';
  if (connection.apiUrl === DEFAULT_API.gitlab) return 'GitLab';
  return hostOf(connection.apiUrl);
}

/** The host's web address (origin) for an API address: "https://api.github.com" → "https://github.com". */
export function webOrigin(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.host === 'api.github.com') return 'https://github.com';
  return url.origin;
}

/** What a pasted repository address says: owner and name, and the host when it was a web address. */
export interface ParsedRepository {
  owner: string;
  repo: string;
  /** The host and API address when a web address of a known host was pasted. */
  host: { choice: HostChoice; apiUrl: string } | null;
}

/**
 * Reads "owner/name", "group/sub/name" (GitLab), or a repository's web or clone address
 * (https://github.com/me/blog, https://codeberg.org/me/blog.git, git@gitlab.com:me/blog.git).
 * Returns null when it is neither.
 */
export function parseRepository(input: string): ParsedRepository | null {
  const text = input
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  const ssh = /^git@([^:]+):(.+)$/.exec(text);
  let origin = '';
  let path = text;
  if (ssh) {
    origin = `https://${ssh[1]}`;
    path = ssh[2] ?? '';
  } else if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    origin = url.origin;
    // A page inside the repository (…/tree/main/_posts, GitLab's …/-/tree/…) still names it.
    path = decodeURIComponent(url.pathname.replace(/^\/+/, '')).replace(/\/(-\/.*|tree\/.*|blob\/.*|src\/.*)$/, '');
  }
  const parts = path.split('/').filter(Boolean);
  if (parts.length < 2 || parts.some((p) => !/^[\w.-]+$/.test(p))) return null;
  const repo = parts.pop() ?? '';
  const owner = parts.join('/');
  if (!origin) return { owner, repo, host: null };
  if (origin === 'https://github.com') return { owner, repo, host: { choice: 'github', apiUrl: DEFAULT_API.github } };
  if (origin === 'https://gitlab.com') return { owner, repo, host: { choice: 'gitlab', apiUrl: DEFAULT_API.gitlab } };
  if (origin === 'https://codeberg.org') return { owner, repo, host: { choice: 'gitea', apiUrl: DEFAULT_API.gitea } };
  return { owner, repo, host: null };
}

/** Where to make the token, and what to tick there, for each host. */
export function tokenAdvice(choice: HostChoice, apiUrl: string): { url: string | null; steps: string } {
  let origin: string | null = null;
  try {
    origin = apiUrl ? webOrigin(apiUrl) : null;
  } catch {
    origin = null;
  }
  switch (choice) {
    case 'github':
    case 'github-enterprise':
      return {
        url: origin && `${origin}/settings/personal-access-tokens/new`,
        steps:
          'Make a fine-grained personal access token: Repository access → Only select repositories → your blog; Permissions → Contents: Read and write (nothing else); and an expiry date.',
      };
    case 'gitlab':
      return {
        url: origin && `${origin}/-/user_settings/personal_access_tokens`,
        steps:
          'Make a personal access token with the scope "api" (GitLab writes commits through its API only with "api") and an expiry date. A protected branch such as main takes commits from Maintainers only. On your own server or a paid plan, a project access token in the blog project (Settings → Access tokens, role Maintainer, scope "api") is narrower.',
      };
    case 'gitea':
      return {
        url: origin && `${origin}/user/settings/applications`,
        steps:
          'Make an access token (Settings → Applications) with the permission "repository: Read and write" only, and an expiry date if your server offers one.',
      };
  }
}

/**
 * The connect form's answer: a connection to save, or a message saying what to fix; `allowed` = the
 * build's publishing origins. An empty token field keeps `previous`'s token, but only for the same
 * API address: a token made for one host is never sent to another.
 */
export function connectionFrom(
  input: { choice: HostChoice; apiUrl: string; repository: string; branch: string; token: string },
  allowed: readonly string[],
  previous: Pick<BlogConnection, 'apiUrl' | 'token'> | null = null,
): { ok: true; connection: Omit<BlogConnection, 'siteFolder'> } | { ok: false; message: string } {
  const parsed = parseRepository(input.repository);
  if (!parsed) return { ok: false, message: 'Give the repository as owner/name (e.g. me/blog) or paste its address.' };
  const apiUrl = input.apiUrl.trim().replace(/\/+$/, '');
  let origin: string;
  try {
    origin = new URL(apiUrl).origin;
  } catch {
    return { ok: false, message: 'Give the API address of your server, e.g. https://git.example.com/api/v1.' };
  }
  if (!allowed.includes(origin)) {
    return {
      ok: false,
      message: `This copy of Talknotes may only publish to ${allowed.join(', ')}. Whoever serves it can add ${origin} with the PUBLISH_HOSTS build setting (see docs/hosting.md).`,
    };
  }
  if (!input.branch.trim()) return { ok: false, message: 'Give the branch your blog is built from (often main or gh-pages).' };
  const kept = previous && previous.apiUrl.replace(/\/+$/, '') === apiUrl ? previous.token : '';
  const token = input.token.trim() || kept;
  if (!token && previous)
    return { ok: false, message: `This is a new host: paste a token made on ${new URL(apiUrl).host} (the one given before stays with its own host).` };
  if (!token) return { ok: false, message: 'Paste the access token (see above for which one to make).' };
  return { ok: true, connection: { kind: KIND_OF[input.choice], apiUrl, owner: parsed.owner, repo: parsed.repo, branch: input.branch.trim(), token } };
}
