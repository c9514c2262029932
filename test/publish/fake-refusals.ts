// Bad commit bodies sent straight to a fake host: it must refuse what the real host refuses, with
// the real status and reason, so a client the fake lets through would get through the host too.
import { expect, it } from 'vitest';
import { createRepo, type GitRepo } from './fake-forge/git-repo';
import { TOKEN, type ForgeUnderTest } from './forge-contract';

/** A request body the fake host must refuse as the real one does. */
export interface Refusal {
  name: string;
  body: (repo: GitRepo) => Promise<unknown>;
  status: number;
  reason: RegExp;
}

/** Sends each bad commit body straight to the fake host: refused with the real host's status and reason, nothing committed. */
export function fakeRefusals(host: ForgeUnderTest, cases: Refusal[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('the fake refuses %s as the host does', async (_name, refusal) => {
    const repo = await createRepo('main', { '_config.yml': 'title: Notes\n', '_posts/a.md': 'a\n' });
    const server = await host.start({ repo, token: TOKEN, owner: host.owner, name: 'blog', branch: 'main', pageSize: 100 });
    try {
      const response = await fetch(host.commitUrl(server.apiUrl, host.owner, 'blog'), {
        method: 'POST',
        headers: { ...host.authorization(TOKEN), 'content-type': 'application/json' },
        body: JSON.stringify(await refusal.body(repo)),
      });
      const answer = (await response.json()) as { message?: string; error?: string };
      expect(response.status).toBe(refusal.status);
      expect(answer.message ?? answer.error).toMatch(refusal.reason);
      expect(await repo.count('main')).toBe(1);
    } finally {
      await server.close();
      await repo.remove();
    }
  });
}
