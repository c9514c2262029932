// Addresses the GitLab and Gitea/Forgejo clients build: the web page from the API address, path
// segments escaped for a URL, and folders of paths, read as text (an address need not parse as a URL).

/** The web address of a repository, from the API address ("https://host/sub/api/v4" → "https://host/sub/owner/repo"). */
export function repositoryWebUrl(apiUrl: string, apiSuffix: RegExp, owner: string, repo: string): string {
  const base = apiUrl.replace(/\/+$/, '').replace(apiSuffix, '');
  return `${base}/${owner.split('/').map(encodeURIComponent).join('/')}/${encodeURIComponent(repo)}`;
}

/** The host's name from an address ("https://codeberg.org/api/v1" → "codeberg.org"). */
export function hostName(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url)?.[1]?.replace(/^[^@]*@/, '') ?? url;
}

/** A repository path with each segment escaped, slashes kept ("a b/c.md" → "a%20b/c.md"). */
export function escapeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The folder holding a path ("" for the root). */
export function parentOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

/** A folder path without leading or trailing slashes ("/docs/" → "docs"). */
export function cleanDir(dir: string): string {
  return dir.replace(/^\/+|\/+$/g, '');
}
