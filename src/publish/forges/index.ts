// The forge for a connection: GitHub (and Enterprise), GitLab, or Gitea/Forgejo.
import type { BlogConnection, Forge, Platform } from '../types';
import { giteaForge } from './gitea';
import { githubForge } from './github';
import { gitlabForge } from './gitlab';

/** The Forge that speaks to the connection's host. */
export function forgeFor(connection: BlogConnection, platform: Platform): Forge {
  switch (connection.kind) {
    case 'github':
      return githubForge(connection, platform);
    case 'gitlab':
      return gitlabForge(connection, platform);
    case 'gitea':
      return giteaForge(connection, platform);
  }
}
