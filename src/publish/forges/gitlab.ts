// GitLab (gitlab.com or self-hosted, REST API v4) as a Forge: reads through the repository tree,
// files and commits APIs; publishes every file in ONE POST /projects/:id/repository/commits.
import { PublishError } from '../errors';
import { hostReason, REFUSALS } from '../http';
import type { BlogConnection, CommitInfo, Forge, HttpRequest, Platform, TreeEntry } from '../types';
import { cleanDir, parentOf, repositoryWebUrl } from './forge-address';
import { checked, headNamingWhatIsMissing, jsonOf, send, sendOrNull } from './forge-http';

const HOST = 'GitLab';

/** GitLab's largest page (per_page above 100 is cut to 100). */
const PER_PAGE = 100;

/**
 * File bytes per commit. GitLab documents no limit for the commits API; the request carries the
 * files as base64 (4/3 larger) in one JSON body that Rails parses in memory, and Omnibus installs
 * put NGINX's client_max_body_size at 250 MB. 50 MB of files (~67 MB of JSON) stays well below,
 * and still sends in under a minute on a 10 Mbit/s uplink, inside the app's request time limit.
 */
export const GITLAB_MAX_COMMIT_BYTES = 50 * 1024 * 1024;

// The refusals that mean "the branch changed under us" between our head check and the commit.
const CHANGED_UNDER_US = /A file with this name (already exists|doesn't exist)|changed since you started editing/i;

interface GitlabTreeEntry {
  id: string;
  name: string;
  type: 'blob' | 'tree' | 'commit';
  path: string;
}

interface GitlabCommit {
  id: string;
  message: string;
  web_url: string;
}

/** A Forge for a GitLab project; `connection.owner` may name subgroups ("group/sub"). */
export function gitlabForge(connection: BlogConnection, platform: Platform): Forge {
  const { http } = platform;
  const { owner, repo, branch } = connection;
  const project = `${connection.apiUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(`${owner}/${repo}`)}`;
  // A Bearer token rather than PRIVATE-TOKEN: GitLab takes personal access tokens either way, and
  // browsers drop Authorization on a cross-origin redirect, where a custom header would follow it.
  const headers = { authorization: `Bearer ${connection.token}` };
  const get = (path: string): HttpRequest => ({ method: 'GET', url: `${project}${path}`, headers });
  const q = encodeURIComponent;

  async function head(): Promise<string> {
    return headNamingWhatIsMissing(
      async () => jsonOf<{ commit: { id: string } }>(await send(http, get(`/repository/branches/${q(branch)}`), HOST), HOST).commit.id,
      () => send(http, get(''), HOST),
      {
        noRepository: `GitLab has no project “${owner}/${repo}” that this token can see. Check the owner (with any subgroups, as in "group/sub") and the repository in Settings → Blog repository.`,
        noBranch: `The GitLab project “${owner}/${repo}” has no branch “${branch}”. Check the branch in Settings → Blog repository.`,
      },
    );
  }

  async function list(commit: string, dir: string): Promise<TreeEntry[]> {
    const folder = cleanDir(dir);
    const entries: TreeEntry[] = [];
    for (let page = 1; page > 0; ) {
      const where = folder === '' ? '' : `&path=${q(folder)}`;
      const response = await sendOrNull(http, get(`/repository/tree?ref=${q(commit)}${where}&per_page=${PER_PAGE}&page=${page}`), HOST);
      // GitLab answers 404 for a folder that is not there.
      if (response === null) return entries;
      const found = jsonOf<GitlabTreeEntry[]>(response, HOST);
      for (const e of found) {
        // Submodules ("commit") are neither files nor folders publishing can write into.
        if (e.type === 'blob' || e.type === 'tree') entries.push({ name: e.name, path: e.path, type: e.type, id: e.id });
      }
      const next = response.headers['x-next-page'];
      // Without the header (a proxy dropped it), a full page means there may be more.
      if (next !== undefined) page = /^\d+$/.test(next.trim()) ? Number(next) : 0;
      else page = found.length === PER_PAGE ? page + 1 : 0;
    }
    return entries;
  }

  async function readText(commit: string, path: string): Promise<string | null> {
    const response = await sendOrNull(http, get(`/repository/files/${q(path)}/raw?ref=${q(commit)}`), HOST);
    return response === null ? null : response.body;
  }

  async function blobIds(commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    const folders = [...new Set(paths.map(parentOf))];
    const listings = await Promise.all(folders.map((folder) => list(commit, folder)));
    const known = new Map<string, string>();
    for (const entry of listings.flat()) if (entry.type === 'blob') known.set(entry.path, entry.id);
    const ids = new Map<string, string>();
    for (const path of paths) {
      const id = known.get(path);
      if (id !== undefined) ids.set(path, id);
    }
    return ids;
  }

  async function recent(limit: number): Promise<CommitInfo[]> {
    if (limit <= 0) return [];
    const perPage = Math.min(limit, PER_PAGE);
    const response = await send(http, get(`/repository/commits?ref_name=${q(branch)}&per_page=${perPage}`), HOST);
    return jsonOf<GitlabCommit[]>(response, HOST).map((c) => ({ id: c.id, message: c.message, url: c.web_url }));
  }

  const commit: Forge['commit'] = async ({ expectedHead, message, changes }) => {
    if (changes.length === 0) throw new PublishError('invalid', REFUSALS.nothingToCommit);
    // GitLab's commits API takes no "expected head": it commits on whatever the branch holds. So
    // read the head just before; a commit landing in the moment between that read and our POST is
    // not seen, unless it touched one of our paths (then create/update is refused, caught below).
    const current = await head();
    if (current !== expectedHead) throw moved();
    const actions = changes.map((change) => ({
      action: change.previous === null ? 'create' : 'update',
      file_path: change.path,
      content: platform.base64(change.bytes),
      encoding: 'base64',
    }));
    const request: HttpRequest = {
      method: 'POST',
      url: `${project}/repository/commits`,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ branch, commit_message: message, actions }),
    };
    const response = await http(request);
    if (response.status === 400 && CHANGED_UNDER_US.test(hostReason(response.body))) throw moved(hostReason(response.body));
    const created = jsonOf<GitlabCommit>(checked(response, HOST), HOST);
    return { id: created.id, message: created.message, url: created.web_url };
  };

  return {
    head,
    webUrl: () => repositoryWebUrl(connection.apiUrl, /\/api\/v4$/, owner, repo),
    list,
    readText,
    blobIds,
    recent,
    commit,
    maxCommitBytes: GITLAB_MAX_COMMIT_BYTES,
  };
}

/** The branch moved on since it was read; the outbox re-reads it and tries again. */
function moved(reason?: string): PublishError {
  const said = reason ? ` GitLab said: “${reason}”` : '';
  return new PublishError('head-moved', `The branch changed on GitLab while publishing; Talknotes reads it again and retries.${said}`);
}
