// "Test connection": what kind of blog the branch holds and where its posts go, to preset the
// export settings. Reads a few folder listings, never a whole tree.
import type { ExportPreset, ExportTarget, HugoLayout } from '../model/export-settings';
import type { Forge, TreeEntry } from './types';

/** What Test connection found on the branch. */
export interface BlogFound {
  /** The branch's head commit when it was read. */
  head: string;
  /** Jekyll or Hugo, or null when neither was recognised. */
  target: ExportTarget | null;
  /** Folder of the site in the repository ("" = root, "docs" for GitHub Pages from /docs). */
  siteFolder: string;
  /** Hugo: how the existing posts are laid out, when there are any. */
  hugoLayout: HugoLayout | null;
  /** How many posts are there already. */
  posts: number;
  /** Things the person should know, in plain words. */
  notes: string[];
}

/** What the blog found presets for an event never exported (nothing when none was recognised). */
export function presetOf(found: BlogFound | null): ExportPreset {
  if (!found?.target) return {};
  return found.hugoLayout ? { target: found.target, hugoLayout: found.hugoLayout } : { target: found.target };
}

const HUGO_CONFIGS = /^(hugo|config)\.(toml|ya?ml|json)$/;

function engineOf(entries: TreeEntry[]): ExportTarget | null {
  if (entries.some((e) => e.type === 'blob' && e.name === '_config.yml')) return 'jekyll';
  if (entries.some((e) => (e.type === 'blob' && HUGO_CONFIGS.test(e.name)) || (e.type === 'tree' && e.name === 'config'))) return 'hugo';
  return null;
}

const join = (folder: string, path: string) => (folder ? `${folder}/${path}` : path);

/** Reads the branch and recognises the blog on it (the root first, then /docs). */
export async function recogniseBlog(forge: Forge): Promise<BlogFound> {
  const head = await forge.head();
  const root = await forge.list(head, '');
  let siteFolder = '';
  let target = engineOf(root);
  if (!target && root.some((e) => e.type === 'tree' && e.name === 'docs')) {
    target = engineOf(await forge.list(head, 'docs'));
    if (target) siteFolder = 'docs';
  }
  const notes: string[] = [];
  if (!target) {
    notes.push('No _config.yml (Jekyll) or hugo.toml / config.toml (Hugo) was found at the root or in docs/: choose the blog type on the Export screen.');
    return { head, target, siteFolder, hugoLayout: null, posts: 0, notes };
  }
  if (target === 'jekyll') {
    const posts = (await forge.list(head, join(siteFolder, '_posts'))).filter((e) => e.type === 'blob');
    if (posts.length === 0) notes.push('There is no _posts folder yet: the first publish makes it.');
    return { head, target, siteFolder, hugoLayout: null, posts: posts.length, notes };
  }
  const content = await forge.list(head, join(siteFolder, 'content'));
  const posts = await forge.list(head, join(siteFolder, 'content/posts'));
  if (posts.length === 0 && content.some((e) => e.type === 'tree' && e.name === 'post')) {
    notes.push('This site keeps its posts in content/post; Talknotes writes them to content/posts, which your theme may list separately.');
  }
  const bundles = posts.filter((e) => e.type === 'tree').length;
  const files = posts.filter((e) => e.type === 'blob' && e.name.endsWith('.md') && e.name !== '_index.md').length;
  const hugoLayout: HugoLayout | null = bundles + files === 0 ? null : bundles >= files ? 'bundle' : 'file';
  return { head, target, siteFolder, hugoLayout, posts: bundles + files, notes };
}
