// What the person hears of background publishes, and job changes reaching other tabs.
import { describe, expect, it, vi } from 'vitest';
import { sharedOutbox } from '../../src/outbox/app-outbox';
import { reportJobEvent, setJobReporter } from '../../src/outbox/job-reports';
import type { Outbox, OutboxEvent } from '../../src/outbox/runner';
import { newJob, type JobRecord } from '../../src/publish/job';

const job = (over: Partial<JobRecord>): JobRecord => {
  const { files: _files, ...record } = newJob({
    id: 'j1',
    eventId: 'e1',
    repoKey: 'k',
    eventName: 'DevConf',
    postTitles: ['Day 1'],
    photoCount: 0,
    files: [],
    now: 1,
  });
  return { ...record, ...over };
};

describe('reportJobEvent', () => {
  it.each([
    [job({ state: 'failed', error: 'GitHub refused the token.' }), 'Publishing “DevConf” failed: GitHub refused the token.', 'e1'],
    [job({ state: 'needs-choice' }), 'Publishing “DevConf” waits for you: files were changed in the repository. Choose what to do on its Export screen.', 'e1'],
  ])('tells of a job that needs the person (%#)', (record, message, eventId) => {
    const report = vi.fn();
    setJobReporter(report);
    reportJobEvent({ kind: 'job', job: record });
    expect(report).toHaveBeenCalledWith(message, eventId);
  });

  it.each(['waiting', 'sending', 'published'] as const)('says nothing of a job that is %s', (state) => {
    const report = vi.fn();
    setJobReporter(report);
    reportJobEvent({ kind: 'job', job: job({ state }) });
    expect(report).not.toHaveBeenCalled();
  });

  it('tells of the outbox itself failing', () => {
    const report = vi.fn();
    setJobReporter(report);
    reportJobEvent({ kind: 'error', message: 'The outbox could not go on: quota' });
    expect(report).toHaveBeenCalledWith('The outbox could not go on: quota');
  });
});

/** A stand-in outbox whose events the test fires. */
function localOutbox(): Outbox & { fire(event: OutboxEvent): void } {
  const listeners = new Set<(event: OutboxEvent) => void>();
  return {
    sendNow: async () => undefined,
    retry: async () => undefined,
    choose: async () => undefined,
    subscribe: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    fire: (event) => listeners.forEach((l) => l(event)),
  };
}

describe('sharedOutbox', () => {
  it("passes a tab's job changes to the other tab's listeners, and stops when unsubscribed", async () => {
    const [one, two] = [new BroadcastChannel('test-outbox'), new BroadcastChannel('test-outbox')];
    const first = localOutbox();
    sharedOutbox(first, one);
    const second = sharedOutbox(localOutbox(), two);
    const heard: OutboxEvent[] = [];
    const stop = second.subscribe((event) => heard.push(event));
    first.fire({ kind: 'job', job: job({ state: 'published' }) });
    await vi.waitFor(() => expect(heard).toEqual([{ kind: 'job', job: job({ state: 'published' }) }]));
    stop();
    first.fire({ kind: 'job', job: job({ state: 'failed' }) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toHaveLength(1);
    one.close();
    two.close();
  });
});
