// What Settings says after Test connection: only what is true (the export settings are not changed there).
import { describe, expect, it } from 'vitest';
import type { BlogFound } from '../../../src/publish/recognise-blog';
import type { ConnectedBlog } from '../../../src/store/publishing/blog-store';
import { describeFound } from '../../../src/ui/settings/test-connection';

const blog = (found: Partial<BlogFound> | null): ConnectedBlog => ({
  kind: 'github',
  apiUrl: 'https://api.github.com',
  owner: 'me',
  repo: 'blog',
  branch: 'main',
  token: 't',
  siteFolder: found?.siteFolder ?? '',
  found: found && { head: 'h', target: null, siteFolder: '', hugoLayout: null, posts: 0, notes: [], ...found },
});

describe('describeFound', () => {
  it.each([
    [
      blog({ target: 'jekyll', posts: 12 }),
      'Connected: a Jekyll blog with 12 posts. Events not exported yet will start as Jekyll posts; for one set up for Hugo, the Export screen offers the switch.',
    ],
    [
      blog({ target: 'hugo', siteFolder: 'docs', posts: 1 }),
      'Connected: a Hugo site in docs/ with 1 post. Events not exported yet will start as Hugo posts; for one set up for Jekyll, the Export screen offers the switch.',
    ],
    [blog({ target: null, notes: ['No _config.yml.'] }), 'Connected: a repository. No _config.yml.'],
    [blog(null), 'Connected.'],
  ])('%#', (connected, text) => {
    expect(describeFound(connected)).toBe(text);
  });
});
