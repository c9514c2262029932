import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../src/import/ics';
import { planImport } from '../../src/import/plan';
import { applyImport } from '../../src/store/import-store';
import { createEvent, getEvent } from '../../src/store/event-store';
import { createTalk, listTalks } from '../../src/store/talk-store';
import { eventInput, freshDB, saved, talkInput } from '../store/helpers';

const agenda = async () => {
  const result = parseIcs(await readFile(new URL('./fixtures/summit.ics', import.meta.url), 'utf8'), 'America/Los_Angeles');
  if (!result.ok) throw new Error(result.error);
  return result.items;
};

describe('importing an agenda', () => {
  it('previews, creates talks and grows the event dates in one go; importing again changes nothing', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput({ startDate: '', endDate: '' })));
    const plan = planImport(event, [], await agenda());
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    expect(plan.eventDates).toEqual({ startDate: '2017-04-18', endDate: '2017-04-19' });

    expect(await applyImport(db, event.id, plan)).toEqual({ created: 3, updated: 0 });
    const talks = await listTalks(db, event.id);
    expect(talks.map((t) => t.title).sort()).toEqual(['Building Serverless Web Applications', 'Deep Dive on CI/CD and Docker', 'The State of Serverless Computing, 2017']);
    expect(await getEvent(db, event.id)).toMatchObject({ startDate: '2017-04-18', endDate: '2017-04-19' });

    const again = planImport((await getEvent(db, event.id))!, talks, await agenda());
    expect(again.ok && again.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('updates a moved session instead of adding it twice, and keeps a talk typed by hand', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const byHand = saved(await createTalk(db, event.id, talkInput({ title: 'Deep Dive on CI/CD and Docker', date: '2017-04-19', startTime: '09:00', tags: ['docker'] })));
    const first = planImport(event, [byHand], await agenda());
    if (!first.ok) throw new Error(first.error);
    expect(first.rows.map((r) => r.status)).toEqual(['new', 'new', 'update']);
    await applyImport(db, event.id, first);
    expect(await listTalks(db, event.id)).toHaveLength(3);

    const moved = (await agenda()).map((item) => (item.title.startsWith('Building') ? { ...item, startTime: '15:00', endTime: '15:45' } : item));
    const second = planImport(event, await listTalks(db, event.id), moved);
    if (!second.ok) throw new Error(second.error);
    expect(second.rows.map((r) => r.status)).toEqual(['unchanged', 'update', 'unchanged']);
    await applyImport(db, event.id, second);
    const talks = await listTalks(db, event.id);
    expect(talks).toHaveLength(3);
    expect(talks.find((t) => t.title.startsWith('Building'))?.startTime).toBe('15:00');
    expect(talks.find((t) => t.id === byHand.id)).toMatchObject({ startTime: '10:00', tags: ['docker'] });
  });

  it('refuses an agenda longer than an event can be, naming the problem', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const items = await agenda();
    const plan = planImport(event, [], [...items, { ...items[0]!, key: 'x', date: '2017-07-01' }]);
    expect(plan).toEqual({ ok: false, error: 'The agenda runs from 2017-04-18 to 2017-07-01; an event can last at most 31 days. Nothing was imported.' });
  });
});
