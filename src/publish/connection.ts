// Checking a blog connection as the person typed it, before it is stored.
import type { FieldErrors, Validated } from '../model/validate';
import type { BlogConnection, ForgeKind } from './types';

const KINDS: readonly ForgeKind[] = ['github', 'gitlab', 'gitea'];
// https anywhere; plain http only to this device (a self-hosted forge under test, or a tunnel).
const API_URL_RE = /^(https:\/\/[^\s/?#@]+|http:\/\/(localhost|127\.0\.0\.1)(:\d+)?)(\/[^\s?#]*)?$/i;

/** Cleans and checks a connection: every field filled in, the API address https (or this device). */
export function validateConnection(input: BlogConnection): Validated<BlogConnection> {
  const value: BlogConnection = {
    kind: input.kind,
    apiUrl: input.apiUrl.trim().replace(/\/+$/, ''),
    owner: input.owner.trim().replace(/^\/+|\/+$/g, ''),
    repo: input.repo.trim().replace(/\.git$/, ''),
    branch: input.branch.trim(),
    token: input.token.trim(),
    siteFolder: input.siteFolder.trim().replace(/^\/+|\/+$/g, ''),
  };
  const errors: FieldErrors<BlogConnection> = {};
  if (!KINDS.includes(value.kind)) errors.kind = 'Choose GitHub, GitLab or Gitea/Forgejo.';
  if (!value.apiUrl) errors.apiUrl = 'Give the API address of the host.';
  else if (!API_URL_RE.test(value.apiUrl)) errors.apiUrl = 'The API address must start with https:// (http:// only for localhost).';
  // GitLab groups nest ("group/subgroup"); no part may be empty or a way up.
  if (!value.owner) errors.owner = 'Give the owner (user or organisation) of the repository.';
  else if (/\s/.test(value.owner) || value.owner.split('/').some((p) => p === '' || p === '.' || p === '..'))
    errors.owner = 'The owner cannot hold spaces or empty parts.';
  if (!value.repo) errors.repo = 'Give the name of the repository.';
  else if (/[\s/]/.test(value.repo) || value.repo === '.' || value.repo === '..') errors.repo = 'The repository name cannot hold spaces or slashes.';
  if (!value.branch) errors.branch = 'Give the branch to publish to (often main).';
  else if (/\s|\.\.|^\/|\/$/.test(value.branch)) errors.branch = 'That is not a branch name git allows.';
  if (!value.token) errors.token = 'Paste the access token.';
  else if (/\s/.test(value.token)) errors.token = 'The token cannot hold spaces: paste it again.';
  if (value.siteFolder.split('/').some((p) => p === '..')) errors.siteFolder = 'The site folder must be inside the repository.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
