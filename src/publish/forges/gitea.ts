// Gitea and Forgejo (Codeberg and self-hosted, REST API v1) as a Forge: reads the repository's
// tree, raw files and commits; publishes every file in ONE multi-file POST /repos/{o}/{r}/contents.
import { PublishError } from '../errors';
import { hostReason, REFUSALS } from '../http';
import type { BlogConnection, CommitInfo, Forge, HttpRequest, Platform, TreeEntry } from '../types';
import { cleanDir, escapeSegments, hostName, parentOf, repositoryWebUrl } from './forge-address';
import { checked, headNamingWhatIsMissing, jsonOf, send, sendOrNull } from './forge-http';

/** Entries per tree page asked for: Gitea's default cap (an admin may set it lower; we page on). */
const TREE_PER_PAGE = 1000;

/** Gitea's default cap on list answers ([api] MAX_RESPONSE_ITEMS). */
const MAX_ITEMS = 50;

/**
 * File bytes per commit. Gitea reads the whole JSON body (files as base64, 4/3 larger) and the
 * decoded files into memory, then commits in a temporary clone; the reverse proxies in front of
 * it (Codeberg's, or a self-hosted NGINX) cap request bodies, and Gitea's own web upload limit
 * defaults to 50 MB. 25 MB of files (~34 MB of JSON) keeps each request modest; more is split.
 */
export const GITEA_MAX_COMMIT_BYTES = 25 * 1024 * 1024;

// Refusals that mean "a file changed under us" after our head check: a stale blob sha, a file
// created meanwhile (422), or one we update that is gone (404 from the file lookup).
const CHANGED_UNDER_US = /sha does not match|repository file already exists|repository file does not exist|object does not exist/i;

interface GiteaTree {
  tree: { path: string; type: 'blob' | 'tree' | 'commit'; sha: string }[] | null;
  truncated: boolean;
}

interface GiteaCommit {
  sha: string;
  html_url: string;
  commit: { message: string };
}

/** A Forge for a Gitea or Forgejo repository; messages name the host ("codeberg.org"). */
export function giteaForge(connection: BlogConnection, platform: Platform): Forge {
  const { http } = platform;
  const { owner, repo, branch } = connection;
  const host = hostName(connection.apiUrl);
  const base = `${connection.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  const headers = { authorization: `token ${connection.token}` };
  const get = (path: string): HttpRequest => ({ method: 'GET', url: `${base}${path}`, headers });
  const q = encodeURIComponent;

  async function head(): Promise<string> {
    return headNamingWhatIsMissing(
      async () => jsonOf<{ commit: { id: string } }>(await send(http, get(`/branches/${escapeSegments(branch)}`), host), host).commit.id,
      () => send(http, get(''), host),
      {
        noRepository: `${host} has no repository “${owner}/${repo}” that this token can see. Check owner and repository in Settings → Blog repository.`,
        noBranch: `The repository “${owner}/${repo}” on ${host} has no branch “${branch}”. Check the branch in Settings → Blog repository.`,
      },
    );
  }

  // The whole tree of one commit, fetched once: a typical blog (posts, a theme, photos) has well
  // under 1000 files, so ONE recursive request answers every list() and blobIds() of a publish,
  // where the contents API costs a request per folder and makes the server look up each entry's
  // last commit. Trees are immutable, so the answer stays right for that commit id.
  let tree: { commit: string; entries: Promise<TreeEntry[]> } | null = null;
  function treeOf(commit: string): Promise<TreeEntry[]> {
    if (tree?.commit !== commit) {
      const entries = fetchTree(commit);
      tree = { commit, entries };
      // A failed read must not stick: the next call asks again.
      entries.catch(() => {
        if (tree?.entries === entries) tree = null;
      });
    }
    return tree.entries;
  }

  async function fetchTree(commit: string): Promise<TreeEntry[]> {
    const entries: TreeEntry[] = [];
    for (let page = 1; ; page++) {
      const response = await send(http, get(`/git/trees/${q(commit)}?recursive=true&per_page=${TREE_PER_PAGE}&page=${page}`), host);
      const answer = jsonOf<GiteaTree>(response, host);
      const found = answer.tree ?? [];
      for (const e of found) {
        // Submodules ("commit") are neither files nor folders publishing can write into.
        if (e.type !== 'blob' && e.type !== 'tree') continue;
        entries.push({ name: e.path.slice(e.path.lastIndexOf('/') + 1), path: e.path, type: e.type, id: e.sha });
      }
      if (!answer.truncated || found.length === 0) return entries;
    }
  }

  async function list(commit: string, dir: string): Promise<TreeEntry[]> {
    const folder = cleanDir(dir);
    return (await treeOf(commit)).filter((entry) => parentOf(entry.path) === folder);
  }

  async function readText(commit: string, path: string): Promise<string | null> {
    const response = await sendOrNull(http, get(`/raw/${escapeSegments(path)}?ref=${q(commit)}`), host);
    return response === null ? null : response.body;
  }

  async function blobIds(commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    const wanted = new Set(paths);
    const ids = new Map<string, string>();
    for (const entry of await treeOf(commit)) if (entry.type === 'blob' && wanted.has(entry.path)) ids.set(entry.path, entry.id);
    return ids;
  }

  async function recent(limit: number): Promise<CommitInfo[]> {
    if (limit <= 0) return [];
    const query = `?sha=${q(branch)}&limit=${Math.min(limit, MAX_ITEMS)}&stat=false&verification=false&files=false`;
    const response = await send(http, get(`/commits${query}`), host);
    return jsonOf<GiteaCommit[]>(response, host).map((c) => ({ id: c.sha, message: c.commit.message, url: c.html_url }));
  }

  const commit: Forge['commit'] = async ({ expectedHead, message, changes }) => {
    if (changes.length === 0) throw new PublishError('invalid', REFUSALS.nothingToCommit);
    // The contents API takes no "expected head": it commits on the branch as it is. So read the
    // head just before. In the moment between that read and our POST, a commit touching other
    // files is kept (Gitea builds on the branch), and one touching ours is refused: every update
    // names the blob it replaces, and a create fails on an existing file.
    const current = await head();
    if (current !== expectedHead) throw moved(host);
    const files = changes.map((change) =>
      change.previous === null
        ? { operation: 'create', path: change.path, content: platform.base64(change.bytes) }
        : { operation: 'update', path: change.path, content: platform.base64(change.bytes), sha: change.previous },
    );
    const response = await http({
      method: 'POST',
      url: `${base}/contents`,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ branch, message, files }),
    });
    if ((response.status === 422 || response.status === 404) && CHANGED_UNDER_US.test(hostReason(response.body))) {
      throw moved(host, hostReason(response.body));
    }
    const created = jsonOf<{ commit: { sha: string; html_url: string; message: string } }>(checked(response, host), host).commit;
    return { id: created.sha, message: created.message, url: created.html_url };
  };

  return {
    head,
    webUrl: () => repositoryWebUrl(connection.apiUrl, /\/api\/v1$/, owner, repo),
    list,
    readText,
    blobIds,
    recent,
    commit,
    maxCommitBytes: GITEA_MAX_COMMIT_BYTES,
  };
}

/** The branch moved on since it was read; the outbox re-reads it and tries again. */
function moved(host: string, reason?: string): PublishError {
  const said = reason ? ` ${host} said: “${reason}”` : '';
  return new PublishError('head-moved', `The branch changed on ${host} while publishing; Talknotes reads it again and retries.${said}`);
}
