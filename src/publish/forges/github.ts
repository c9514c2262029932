// The GitHub forge (github.com and GitHub Enterprise Server): reads through REST and GraphQL,
// and every publish as one commit on the branch.
import type { BlogConnection, Forge, Platform } from '../types';
import { githubWebUrl } from './github-api';
import { base64Length, commitWithGitData, commitWithGraphql } from './github-commit';
import { listFolder, readBlobIds, readHead, readRecent, readText } from './github-read';

export { githubGraphqlUrl, githubWebUrl } from './github-api';

/** Above this much base64 the commit goes through the Git Data API: GitHub refuses very large GraphQL requests. */
export const GRAPHQL_MAX_BYTES = 20 * 1024 * 1024;

/** The most file bytes one commit carries; larger publishes are split (GitHub refuses pushes and blobs near 100 MB). */
export const GITHUB_MAX_COMMIT_BYTES = 90 * 1024 * 1024;

/** Limits a test (or a future setting) may change. */
export interface GithubOptions {
  /** Base64 size of all files above which commits use the Git Data API instead of GraphQL. */
  graphqlMaxBytes?: number;
  maxCommitBytes?: number;
}

/** The Forge for a blog on GitHub or GitHub Enterprise (`connection.apiUrl` is its REST address). */
export function githubForge(connection: BlogConnection, platform: Platform, options: GithubOptions = {}): Forge {
  const graphqlMaxBytes = options.graphqlMaxBytes ?? GRAPHQL_MAX_BYTES;
  return {
    maxCommitBytes: options.maxCommitBytes ?? GITHUB_MAX_COMMIT_BYTES,
    head: () => readHead(connection, platform),
    webUrl: () => githubWebUrl(connection),
    list: (commit, dir) => listFolder(connection, platform, commit, dir),
    readText: (commit, path) => readText(connection, platform, commit, path),
    blobIds: (commit, paths) => readBlobIds(connection, platform, commit, paths),
    recent: (limit) => readRecent(connection, platform, limit),
    commit: (input) =>
      base64Length(input.changes) > graphqlMaxBytes ? commitWithGitData(connection, platform, input) : commitWithGraphql(connection, platform, input),
  };
}
