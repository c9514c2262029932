// The blog connection: checked before it is stored, deleted on disconnect, never in a backup.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { makeBackup } from '../../../src/backup/backup';
import type { BlogConnection } from '../../../src/publish/types';
import { readEverything, restoreBackup } from '../../../src/store/backup-store';
import { disconnectBlog, getBlog, saveBlog } from '../../../src/store/publishing/blog-store';
import { createEvent } from '../../../src/store/event-store';
import { eventInput, freshDB, saved } from '../helpers';

const TOKEN = 'github_pat_11SECRETSECRETSECRET';
const connection = (over: Partial<BlogConnection> = {}): BlogConnection => ({
  kind: 'github',
  apiUrl: 'https://api.github.com',
  owner: 'leo',
  repo: 'blog',
  branch: 'main',
  token: TOKEN,
  siteFolder: '',
  ...over,
});

describe('blog-store', () => {
  it('stores one connection with its stamps, cleaned; reads it back; disconnect deletes it', async () => {
    const db = await freshDB();
    expect(await getBlog(db)).toBeNull();
    const result = saved(await saveBlog(db, connection({ apiUrl: 'https://gitlab.example.org/api/v4/', repo: ' blog.git ', siteFolder: '/docs/' })));
    expect(result).toMatchObject({ apiUrl: 'https://gitlab.example.org/api/v4', repo: 'blog', siteFolder: 'docs' });
    expect(await getBlog(db)).toEqual(result);
    const record = await db.get('blog', 'blog');
    expect(record?.createdAt).toBeGreaterThan(0);
    expect(record?.updatedAt).toBeGreaterThanOrEqual(record?.createdAt ?? 0);
    await disconnectBlog(db);
    expect(await getBlog(db)).toBeNull();
    expect(await db.count('blog')).toBe(0);
    db.close();
  });

  it('keeps the site folder for the same repository and branch only: another one starts at its root until tested', async () => {
    const db = await freshDB();
    saved(await saveBlog(db, connection({ siteFolder: 'docs' })));
    const { siteFolder: _, ...same } = connection();
    expect(saved(await saveBlog(db, { ...same, token: 'github_pat_new' })).siteFolder).toBe('docs');
    expect(saved(await saveBlog(db, { ...same, repo: 'other-blog' })).siteFolder).toBe('');
    db.close();
  });

  it.each([
    [{ owner: ' ' }, 'owner'],
    [{ repo: '' }, 'repo'],
    [{ repo: 'a/b' }, 'repo'],
    [{ branch: '' }, 'branch'],
    [{ branch: 'a..b' }, 'branch'],
    [{ token: '' }, 'token'],
    [{ token: 'two words' }, 'token'],
    [{ apiUrl: 'http://api.github.com' }, 'apiUrl'],
    [{ apiUrl: 'ftp://x.org' }, 'apiUrl'],
    [{ apiUrl: 'https://user:pw@x.org' }, 'apiUrl'],
    [{ apiUrl: '' }, 'apiUrl'],
    [{ siteFolder: '../x' }, 'siteFolder'],
    [{ owner: 'group//sub' }, 'owner'],
  ] as const)('refuses %j (message for %s), storing nothing', async (over, field) => {
    const db = await freshDB();
    const result = await saveBlog(db, connection(over));
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual([field]);
    expect(await db.count('blog')).toBe(0);
    db.close();
  });

  it.each(['http://localhost:3000/api/v1', 'http://127.0.0.1:8080', 'https://codeberg.org/api/v1', 'https://ghe.example.com/api/v3'])(
    'takes the API address %s',
    async (apiUrl) => {
      const db = await freshDB();
      expect((await saveBlog(db, connection({ apiUrl }))).ok).toBe(true);
      db.close();
    },
  );

  it('keeps the token out of everything a backup reads, writes, or restores over', async () => {
    const db = await freshDB();
    saved(await createEvent(db, eventInput()));
    saved(await saveBlog(db, connection()));
    const everything = await readEverything(db);
    expect(JSON.stringify(everything)).not.toContain(TOKEN);
    const zip = unzipSync(makeBackup(everything, 1));
    for (const [name, bytes] of Object.entries(zip)) expect(strFromU8(bytes), name).not.toContain(TOKEN);
    // A "replace" restore clears what a backup holds, and leaves the connection alone.
    await restoreBackup(db, everything, 'replace');
    expect((await getBlog(db))?.token).toBe(TOKEN);
    db.close();
  });
});
