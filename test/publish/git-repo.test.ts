// The fake forges' state: a real bare git repository.
import { expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createRepo } from './fake-forge/git-repo';
import { blobId } from '../../src/publish/git-blob';

it('keeps its state in a real bare repository, whose blob ids are the ones the app computes', async () => {
  const repo = await createRepo('main', { '_config.yml': 'title: x\n', '_posts/a.md': 'hello\n' });
  const head = await repo.head('main');
  expect(head).toMatch(/^[0-9a-f]{40}$/);
  const root = await repo.list('main', '');
  expect(root.map((e) => e.name)).toEqual(['_config.yml', '_posts']);
  const posts = await repo.list('main', '_posts');
  const sha1 = async (b: Uint8Array) => new Uint8Array(createHash('sha1').update(b).digest());
  expect(posts[0]!.id).toBe(await blobId(Buffer.from('hello\n'), sha1));
  const c = await repo.commitFiles('main', [{ path: 'assets/images/x/a.jpg', bytes: new Uint8Array([1, 2, 3]) }], 'Add\n\nTalknotes-Publish-Id: abc');
  const log = await repo.log('main', 5);
  expect(log[0]).toMatchObject({ id: c, parents: [head] });
  expect(log[0]!.message).toContain('Talknotes-Publish-Id: abc');
  expect(await repo.count('main')).toBe(2);
  expect(await repo.moveBranch('main', c, head)).toBe(false);
  const dir = await repo.checkout('main');
  expect(dir).toBeTruthy();
  expect((await repo.read('main', '_posts/a.md'))!.toString()).toBe('hello\n');
  await repo.remove();
});
