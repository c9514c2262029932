// Test connection recognises the blog on the branch (through the fake GitHub over a real repository).
import { afterEach, describe, expect, it } from 'vitest';
import { browserPlatform } from '../../src/outbox/platform';
import { githubForge } from '../../src/publish/forges/github';
import { presetOf, recogniseBlog, type BlogFound } from '../../src/publish/recognise-blog';
import { createRepo, type GitRepo } from './fake-forge/git-repo';
import { startGithubForge, type FakeGithub } from './fake-forge/github';

const TOKEN = 'github_pat_test';
let repo: GitRepo;
let fake: FakeGithub;

afterEach(async () => {
  expect(fake.problems).toEqual([]);
  await fake.close();
  await repo.remove();
});

async function recognise(files: Record<string, string>) {
  repo = await createRepo('main', files);
  fake = await startGithubForge({ repo, token: TOKEN, owner: 'me', name: 'blog', branch: 'main' });
  const forge = githubForge(
    { kind: 'github', apiUrl: fake.origin, owner: 'me', repo: 'blog', branch: 'main', token: TOKEN, siteFolder: '' },
    browserPlatform(),
  );
  return recogniseBlog(forge);
}

describe('recogniseBlog', () => {
  it.each([
    [
      'a Jekyll blog at the root',
      { '_config.yml': 'title: b\n', '_posts/2024-01-01-a.md': 'a', '_posts/2024-01-02-b.md': 'b' },
      { target: 'jekyll', siteFolder: '', posts: 2, hugoLayout: null },
    ],
    ['a Jekyll blog without posts yet', { '_config.yml': 'title: b\n', 'index.md': 'hi' }, { target: 'jekyll', siteFolder: '', posts: 0 }],
    [
      'GitHub Pages from /docs',
      { 'README.md': 'x', 'docs/_config.yml': 'title: b\n', 'docs/_posts/2024-01-01-a.md': 'a' },
      { target: 'jekyll', siteFolder: 'docs', posts: 1 },
    ],
    [
      'Hugo with page bundles',
      { 'hugo.toml': 'title = "b"\n', 'content/posts/a/index.md': 'a', 'content/posts/b/index.md': 'b', 'content/posts/_index.md': 'x' },
      { target: 'hugo', hugoLayout: 'bundle', posts: 2 },
    ],
    [
      'Hugo with single files (config.yaml)',
      { 'config.yaml': 'title: b\n', 'content/posts/a.md': 'a', 'content/posts/b.md': 'b', 'content/posts/c/index.md': 'c' },
      { target: 'hugo', hugoLayout: 'file', posts: 3 },
    ],
    ['Hugo with a config folder', { 'config/_default/hugo.toml': 'x', 'content/about.md': 'a' }, { target: 'hugo', hugoLayout: null, posts: 0 }],
    ['neither', { 'README.md': 'x', 'src/index.js': 'y' }, { target: null, siteFolder: '' }],
  ] as const)('%s', async (_name, files, expected) => {
    const found = await recognise(files);
    expect(found).toMatchObject(expected);
    expect(found.head).toBe(await repo.head('main'));
  });

  it('says so when the Hugo site keeps posts in content/post', async () => {
    const found = await recognise({ 'hugo.toml': 'x', 'content/post/a.md': 'a' });
    expect(found.notes.join(' ')).toMatch(/content\/post;/);
  });

  it('says what to do when neither engine is found', async () => {
    const found = await recognise({ 'README.md': 'x' });
    expect(found.notes.join(' ')).toMatch(/choose the blog type/);
  });
});

describe('presetOf', () => {
  const found = (over: Partial<BlogFound>): BlogFound => ({ head: 'h', target: null, siteFolder: '', hugoLayout: null, posts: 0, notes: [], ...over });
  it.each([
    [null, {}],
    [found({}), {}],
    [found({ target: 'jekyll' }), { target: 'jekyll' }],
    [found({ target: 'hugo' }), { target: 'hugo' }],
    [found({ target: 'hugo', hugoLayout: 'file' }), { target: 'hugo', hugoLayout: 'file' }],
  ] as const)('%j presets %j', (input, preset) => {
    expect(presetOf(input)).toEqual(preset);
  });
});
