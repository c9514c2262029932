// Real blog repositories for the publish tests: a Jekyll site and a Hugo site as people keep them,
// built after a publish by Debian's real Jekyll and Hugo from a checkout of the branch.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const LAYOUT = '<!doctype html><html><head><meta charset="utf-8"><title>{{TITLE}}</title></head><body><h1>{{TITLE}}</h1>{{CONTENT}}</body></html>\n';

/** A Jekyll blog with one post of its own. */
export const JEKYLL_SITE: Record<string, string> = {
  '_config.yml': 'title: My conference notes\nmarkdown: kramdown\n',
  '_layouts/post.html': LAYOUT.replaceAll('{{TITLE}}', '{{ page.title | escape }}').replace('{{CONTENT}}', '{{ content }}'),
  '_posts/2016-05-01-hello.md': '---\nlayout: post\ntitle: Hello\n---\nMy first post.\n',
};

/** A Hugo site with one post of its own (a page bundle). */
export const HUGO_SITE: Record<string, string> = {
  'hugo.toml': 'baseURL = "http://example.org/"\ntitle = "My conference notes"\n',
  'layouts/_default/single.html': LAYOUT.replaceAll('{{TITLE}}', '{{ .Title }}').replace('{{CONTENT}}', '{{ .Content }}'),
  'layouts/_default/list.html': '<!doctype html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n',
  'content/posts/hello/index.md': '---\ntitle: Hello\ndate: 2016-05-01\n---\nMy first post.\n',
};

/** Builds a checkout with the real engine; returns every output file's path (relative) and each HTML page's text. */
export async function buildCheckout(target: 'jekyll' | 'hugo', dir: string): Promise<{ files: string[]; pages: Map<string, string> }> {
  const out = join(dir, target === 'jekyll' ? '_site' : 'public');
  const args = target === 'jekyll' ? ['build', '--source', dir, '--destination', out] : ['--source', dir, '--destination', out];
  await run(target, args, { env: { ...process.env, JEKYLL_ENV: 'production', LANG: 'C.UTF-8' } });
  const files: string[] = [];
  const pages = new Map<string, string>();
  for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(out.length);
    files.push(path);
    if (path.endsWith('.html')) pages.set(path, await readFile(join(out, path), 'utf8'));
  }
  return { files, pages };
}
