// Every case of what a publish does with a file.
import { describe, expect, it } from 'vitest';
import type { Choice, PublishedFile } from '../../src/publish/job';
import { planPublish, type FileStatus } from '../../src/publish/plan';

// Blob ids by name: "ours" is our content now, "then" what we settled on, "theirs" an edit in the repository.
const CASES: {
  name: string;
  local: string;
  remote?: string;
  base?: Omit<PublishedFile, 'path'>;
  choice?: Choice;
  status: FileStatus;
  sent: boolean;
  baseline: Omit<PublishedFile, 'path'> | null;
}[] = [
  { name: 'no file there: new', local: 'ours', status: 'new', sent: true, baseline: { remote: 'ours', local: 'ours' } },
  {
    name: 'deleted in the repository since: sent again as new',
    local: 'ours',
    base: { remote: 'then', local: 'then' },
    status: 'new',
    sent: true,
    baseline: { remote: 'ours', local: 'ours' },
  },
  { name: 'same id there: unchanged', local: 'ours', remote: 'ours', status: 'unchanged', sent: false, baseline: { remote: 'ours', local: 'ours' } },
  {
    name: 'same id there, never published: unchanged',
    local: 'ours',
    remote: 'ours',
    base: { remote: 'x', local: 'y' },
    status: 'unchanged',
    sent: false,
    baseline: { remote: 'ours', local: 'ours' },
  },
  {
    name: 'branch has what we settled, ours edited: changed',
    local: 'ours',
    remote: 'then',
    base: { remote: 'then', local: 'then' },
    status: 'changed',
    sent: true,
    baseline: { remote: 'ours', local: 'ours' },
  },
  {
    name: 'kept theirs before, nothing new either side: unchanged',
    local: 'ours',
    remote: 'theirs',
    base: { remote: 'theirs', local: 'ours', kept: true },
    status: 'unchanged',
    sent: false,
    baseline: { remote: 'theirs', local: 'ours', kept: true },
  },
  // Theirs was never taken into ours: overwriting it now would lose it unseen.
  {
    name: 'kept theirs before, ours edited since: conflict, asked again',
    local: 'ours2',
    remote: 'theirs',
    base: { remote: 'theirs', local: 'ours', kept: true },
    status: 'conflict',
    sent: false,
    baseline: null,
  },
  // The baseline stays, so that editing our notes later asks instead of overwriting their edit unseen.
  {
    name: 'edited in the repository only: unchanged (theirs is newer), baseline kept',
    local: 'then',
    remote: 'theirs',
    base: { remote: 'then', local: 'then' },
    status: 'unchanged',
    sent: false,
    baseline: null,
  },
  {
    name: 'edited on both sides: conflict',
    local: 'ours',
    remote: 'theirs',
    base: { remote: 'then', local: 'then' },
    status: 'conflict',
    sent: false,
    baseline: null,
  },
  { name: 'there without a baseline and different: conflict', local: 'ours', remote: 'theirs', status: 'conflict', sent: false, baseline: null },
  {
    name: 'conflict, overwrite',
    local: 'ours',
    remote: 'theirs',
    base: { remote: 'then', local: 'then' },
    choice: 'overwrite',
    status: 'overwrite',
    sent: true,
    baseline: { remote: 'ours', local: 'ours' },
  },
  {
    name: 'conflict, keep theirs',
    local: 'ours',
    remote: 'theirs',
    base: { remote: 'then', local: 'then' },
    choice: 'keep-theirs',
    status: 'keep-theirs',
    sent: false,
    baseline: { remote: 'theirs', local: 'ours', kept: true },
  },
  { name: 'conflict, skip', local: 'ours', remote: 'theirs', choice: 'skip', status: 'skip', sent: false, baseline: null },
  {
    name: 'a choice for a file that is not in conflict changes nothing',
    local: 'ours',
    remote: 'then',
    base: { remote: 'then', local: 'then' },
    choice: 'skip',
    status: 'changed',
    sent: true,
    baseline: { remote: 'ours', local: 'ours' },
  },
];

describe('planPublish, one file', () => {
  it.each(CASES)('$name', ({ local, remote, base, choice, status, sent, baseline }) => {
    const path = '_posts/a.md';
    const bytes = new Uint8Array([1]);
    const plan = planPublish({
      files: [{ path, bytes }],
      local: new Map([[path, local]]),
      remote: new Map(remote ? [[path, remote]] : []),
      baseline: new Map(base ? [[path, { path, ...base }]] : []),
      choices: choice ? { [path]: choice } : {},
    });
    expect(plan.files[0]?.status).toBe(status);
    expect(plan.changes).toEqual(sent ? [{ path, bytes, previous: remote ?? null }] : []);
    expect(plan.baseline).toEqual(baseline ? [{ path, ...baseline }] : []);
    expect(plan.conflicts.length).toBe(status === 'conflict' ? 1 : 0);
  });
});

describe('planPublish, a whole publish', () => {
  it('counts each kind and lists the conflicts with their reason', () => {
    const ids: [string, string, string | undefined, PublishedFile | undefined][] = [
      ['new.md', 'n', undefined, undefined],
      ['same.md', 's', 's', undefined],
      ['edited.md', 'e2', 'e1', { path: 'edited.md', remote: 'e1', local: 'e1' }],
      ['both.md', 'b2', 'b3', { path: 'both.md', remote: 'b1', local: 'b1' }],
      ['foreign.md', 'f1', 'f2', undefined],
      ['skipped.md', 'k1', 'k2', undefined],
    ];
    const plan = planPublish({
      files: ids.map(([path]) => ({ path, bytes: new Uint8Array() })),
      local: new Map(ids.map(([path, local]) => [path, local])),
      remote: new Map(ids.flatMap(([path, , remote]) => (remote ? [[path, remote] as const] : []))),
      baseline: new Map(ids.flatMap(([path, , , base]) => (base ? [[path, base] as const] : []))),
      choices: { 'skipped.md': 'skip' },
    });
    expect(plan.counts).toEqual({ new: 1, changed: 1, unchanged: 1, conflicts: 2, skipped: 1 });
    expect(plan.conflicts).toEqual([
      { path: 'both.md', reason: 'edited-since' },
      { path: 'foreign.md', reason: 'not-ours' },
    ]);
    expect(plan.changes.map((c) => [c.path, c.previous])).toEqual([
      ['new.md', null],
      ['edited.md', 'e1'],
    ]);
  });

  it('asks about a file edited in the repository once our notes change too, however many publishes lie between', () => {
    const path = '_posts/a.md';
    const plan = (local: string, baseline: Map<string, PublishedFile>) =>
      planPublish({
        files: [{ path, bytes: new Uint8Array() }],
        local: new Map([[path, local]]),
        remote: new Map([[path, 'fixed-there']]),
        baseline,
        choices: {},
      });
    const settled = new Map([[path, { path, remote: 'then', local: 'then' }]]);
    const between = plan('then', settled);
    expect(between.files[0]?.status).toBe('unchanged');
    for (const entry of between.baseline) settled.set(entry.path, entry);
    expect(plan('edited-here', settled).conflicts).toEqual([{ path, reason: 'edited-since' }]);
  });

  it('refuses a file whose id was not computed', () => {
    expect(() =>
      planPublish({ files: [{ path: 'a', bytes: new Uint8Array() }], local: new Map(), remote: new Map(), baseline: new Map(), choices: {} }),
    ).toThrow(/a/);
  });
});
