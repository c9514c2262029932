// The folder-writing logic against an in-memory folder with the File System Access API's shape and
// errors (the real API in Chromium: test/e2e/save-to-folder.test.ts).
import { describe, expect, it } from 'vitest';
import { notABlogQuestion, saveToFolder } from '../../../src/ui/export/save-to-folder';
import type { RepositoryFile } from '../../../src/export/repository-files';

type Bytes = Uint8Array<ArrayBuffer>;
type Tree = Map<string, Tree | Bytes>;

const bytes = (text: string): Bytes => new TextEncoder().encode(text);
const notFound = () => new DOMException('A requested file or directory could not be found.', 'NotFoundError');
const mismatch = () => new DOMException('The path supplied exists, but was not an entry of requested type.', 'TypeMismatchError');

/** A folder over `tree`; every file written (closed) is added to `writes` by its path. */
function folder(tree: Tree, writes: string[], name = 'blog', prefix = ''): FileSystemDirectoryHandle {
  const handle = {
    kind: 'directory',
    name,
    async *keys() {
      yield* tree.keys();
    },
    async getDirectoryHandle(child: string, options?: { create?: boolean }) {
      let entry = tree.get(child);
      if (!entry && options?.create) tree.set(child, (entry = new Map()));
      if (!entry) throw notFound();
      if (!(entry instanceof Map)) throw mismatch();
      return folder(entry, writes, child, `${prefix}${child}/`);
    },
    async getFileHandle(child: string, options?: { create?: boolean }) {
      const entry = tree.get(child);
      if (entry instanceof Map) throw mismatch();
      if (!entry && !options?.create) throw notFound();
      return {
        getFile: async () => new File([tree.get(child) as Bytes], child),
        createWritable: async () => {
          let written: Bytes = new Uint8Array(0);
          return {
            write: async (data: Bytes) => void (written = data),
            close: async () => void (tree.set(child, written), writes.push(`${prefix}${child}`)),
            abort: async () => undefined,
          };
        },
      };
    },
  };
  return handle as unknown as FileSystemDirectoryHandle;
}

const file = (path: string, text: string): RepositoryFile => ({ path, bytes: bytes(text) });
const text = (tree: Tree, ...path: string[]) => {
  let entry: Tree | Bytes | undefined = tree;
  for (const part of path) entry = entry instanceof Map ? entry.get(part) : undefined;
  return entry instanceof Uint8Array ? new TextDecoder().decode(entry) : undefined;
};

describe('saving into a folder', () => {
  it('writes new and changed files, leaves unchanged ones alone and deletes nothing', async () => {
    const tree: Tree = new Map<string, Tree | Bytes>([
      ['_config.yml', bytes('title: Blog\n')],
      [
        '_posts',
        new Map<string, Tree | Bytes>([
          ['same.md', bytes('same')],
          ['edited.md', bytes('old')],
          ['theirs.md', bytes('theirs')],
        ]),
      ],
    ]);
    const writes: string[] = [];
    const counts = await saveToFolder(folder(tree, writes), [
      file('_posts/same.md', 'same'),
      file('_posts/edited.md', 'new'),
      file('assets/images/post/talk-1.jpg', 'jpeg'),
    ]);
    expect(counts).toEqual({ added: 1, changed: 1, unchanged: 1 });
    expect(writes).toEqual(['_posts/edited.md', 'assets/images/post/talk-1.jpg']);
    expect(text(tree, '_posts', 'edited.md')).toBe('new');
    expect(text(tree, 'assets', 'images', 'post', 'talk-1.jpg')).toBe('jpeg');
    expect(text(tree, '_posts', 'theirs.md')).toBe('theirs');
    expect(text(tree, '_config.yml')).toBe('title: Blog\n');
  });

  it.each([
    ['../outside.md', '"../outside.md" is not a path inside the blog folder: nothing was written.'],
    ['_posts/../../outside.md', '"_posts/../../outside.md" is not a path inside the blog folder'],
    ['/etc/passwd', '"/etc/passwd" is not a path inside the blog folder'],
    ['_posts//x.md', '"_posts//x.md" is not a path inside the blog folder'],
    ['./x.md', '"./x.md" is not a path inside the blog folder'],
    ['_posts/', '"_posts/" is not a path inside the blog folder'],
    ['..\\outside.md', 'is not a path inside the blog folder'],
    ['_posts/ok.md', 'Two files would both be _posts/ok.md: nothing was written.'],
  ])('refuses %s before writing anything', async (path, message) => {
    const writes: string[] = [];
    const files = [file('_posts/ok.md', 'fine'), file(path, 'bad')];
    await expect(saveToFolder(folder(new Map(), writes), files)).rejects.toThrow(message);
    expect(writes).toEqual([]);
  });

  it('says which path is in the way when a file stands where a folder should be', async () => {
    const tree: Tree = new Map([['_posts', bytes('a file')]]);
    await expect(saveToFolder(folder(tree, []), [file('_posts/x.md', 'x')])).rejects.toThrow(
      '_posts/x.md: the blog folder has a file where a folder should be (or the other way round).',
    );
  });
});

describe('does the folder look like the blog', () => {
  const jekyll = "This folder has no _config.yml: is it your Jekyll blog's folder?";
  const hugo = "This folder has no hugo.toml, hugo.yaml, hugo.json, config.toml, config.yaml or config.json: is it your Hugo blog's folder?";
  it.each([
    ['jekyll', ['_config.yml', '_posts'], null],
    ['jekyll', ['config.toml'], jekyll],
    ['jekyll', [], jekyll],
    ['hugo', ['hugo.toml'], null],
    ['hugo', ['hugo.yaml'], null],
    ['hugo', ['config.json', 'content'], null],
    ['hugo', ['_config.yml'], hugo],
  ] as const)('%s with %j at the root: %s', async (target, names, question) => {
    const tree: Tree = new Map(names.map((n) => [n, bytes('')]));
    expect(await notABlogQuestion(folder(tree, []), target)).toBe(question);
  });
});
