// Building exported files with Debian's real Jekyll and Hugo, into a temporary folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Every site built here, removed by removeSites() (call it in afterAll). */
const roots: string[] = [];
export const removeSites = () => Promise.all(roots.splice(0).map((d) => rm(d, { recursive: true, force: true })));

const LAYOUT = '<!doctype html><html><head><meta charset="utf-8"><title>{{TITLE}}</title></head><body><h1>{{TITLE}}</h1>{{CONTENT}}</body></html>\n';

async function writeAll(root: string, files: Record<string, string | Uint8Array>) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** The built site: its output folder and the build's messages. */
export interface BuiltSite {
  out: string;
  output: string;
  /** Every page's HTML by its file path under `out`. */
  pages: Map<string, string>;
}

/**
 * Builds exported files as a project site under /blog (as on GitHub Pages), with each engine's
 * defaults: Jekyll's kramdown with GFM input, Hugo's goldmark.
 */
export async function buildSite(
  target: 'jekyll' | 'hugo',
  files: { path: string; text: string }[],
  assets: { path: string; bytes: Uint8Array }[],
): Promise<BuiltSite> {
  const root = await mkdtemp(join(tmpdir(), `talknotes-${target}-`));
  roots.push(root);
  const out = join(root, target === 'jekyll' ? '_site' : 'public');
  if (target === 'jekyll') {
    await writeAll(root, {
      '_config.yml': 'title: Test blog\nmarkdown: kramdown\nbaseurl: /blog\n',
      '_layouts/post.html': LAYOUT.replaceAll('{{TITLE}}', '{{ page.title | escape }}').replace('{{CONTENT}}', '{{ content }}'),
    });
  } else {
    await writeAll(root, {
      'hugo.yaml': 'baseURL: http://example.org/blog/\ntitle: Test blog\n',
      'layouts/_default/single.html': LAYOUT.replaceAll('{{TITLE}}', '{{ .Title }}').replace('{{CONTENT}}', '{{ .Content }}'),
      'layouts/_default/list.html': '<!doctype html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>\n',
    });
  }
  await writeAll(root, Object.fromEntries([...files.map((f) => [f.path, f.text] as const), ...assets.map((a) => [a.path, a.bytes] as const)]));
  const args = target === 'jekyll' ? ['build', '--source', root, '--destination', out] : ['--source', root, '--destination', out];
  const { stdout, stderr } = await run(target, args, { env: { ...process.env, JEKYLL_ENV: 'production', LANG: 'C.UTF-8' } });
  const pages = new Map<string, string>();
  for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const file = join(entry.parentPath, entry.name);
      pages.set(file.slice(out.length), await readFile(file, 'utf8'));
    }
  }
  return { out, output: `${stdout}${stderr}`, pages };
}
