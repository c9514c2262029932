// What publishing works with: a connected blog, the device's network and hashing (passed in),
// and the one interface every host (GitHub, GitLab, Gitea/Forgejo) implements.

/** The kinds of host Talknotes can publish to. */
export type ForgeKind = 'github' | 'gitlab' | 'gitea';

/** A blog repository as the person connected it (Settings → Blog repository). */
export interface BlogConnection {
  kind: ForgeKind;
  /** The host's API address, without a trailing slash: "https://api.github.com", "https://gitlab.com/api/v4", "https://codeberg.org/api/v1". */
  apiUrl: string;
  owner: string;
  repo: string;
  branch: string;
  /** The access token; kept on this device only, never in backups, exports, logs or URLs. */
  token: string;
  /** Folder of the site inside the repository ("" = its root, "docs" for GitHub Pages from /docs). */
  siteFolder: string;
}

/** One HTTP request, as the forges make them. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** One HTTP answer: header names in lower case, the body read as text. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends a request. Rejects only with PublishError of kind "network" (nothing came back) or
 * "timeout" (no answer in time): the caller cannot know whether the host acted on it.
 */
export type Http = (request: HttpRequest) => Promise<HttpResponse>;

/** What the device lends the publishing code: network, SHA-1 and base64. */
export interface Platform {
  http: Http;
  sha1(bytes: Uint8Array): Promise<Uint8Array>;
  base64(bytes: Uint8Array): string;
}

/** A file to publish, at its path in the repository. */
export interface PublishFile {
  path: string;
  bytes: Uint8Array;
}

/** A file to write in a commit, with the blob id the branch has at that path (null: a new file). */
export interface FileChange extends PublishFile {
  previous: string | null;
}

/** A commit on the branch. */
export interface CommitInfo {
  id: string;
  message: string;
  /** The commit's page on the host, for the person to open. */
  url: string;
}

/** One entry of a folder in the repository. */
export interface TreeEntry {
  name: string;
  path: string;
  type: 'blob' | 'tree';
  /** The git object id (a blob id for files). */
  id: string;
}

/** One host's API, as publishing uses it. Every method rejects with PublishError. */
export interface Forge {
  /** The branch's head commit id (PublishError "not-found" names the repository or the branch). */
  head(): Promise<string>;
  /** The repository's page on the host. */
  webUrl(): string;
  /** The entries of a folder ("" = root) at a commit; [] when it does not exist. */
  list(commit: string, dir: string): Promise<TreeEntry[]>;
  /** A file's text at a commit, or null when there is none. */
  readText(commit: string, path: string): Promise<string | null>;
  /** Blob ids at a commit for these paths; paths with no file are left out. */
  blobIds(commit: string, paths: readonly string[]): Promise<Map<string, string>>;
  /** The branch's newest commits, newest first (to find a publish that landed unseen). */
  recent(limit: number): Promise<CommitInfo[]>;
  /**
   * One commit of these files on the branch, only over `expectedHead` (PublishError "head-moved"
   * when the branch has moved on). Never deletes anything.
   */
  commit(input: { expectedHead: string; message: string; changes: readonly FileChange[] }): Promise<CommitInfo>;
  /** The most bytes (file contents) one commit should carry on this host; larger publishes are split. */
  readonly maxCommitBytes: number;
}
