import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../src/import/agenda';
import { initialChoice } from '../../src/import/chooser';
import { planImport, previewImport } from '../../src/import/plan';
import { readAgenda } from '../../src/import/read-agenda';
import type { EventRecord } from '../../src/model/types';
import { createEvent, getEvent } from '../../src/store/event-store';
import { applyImport } from '../../src/store/import-store';
import { getNote, saveNote } from '../../src/store/note-store';
import { createTalk, listTalks } from '../../src/store/talk-store';
import { eventInput, freshDB, noteOf, saved, talkInput } from '../store/helpers';
import { fixture, options, readFixture } from './read';

const summit = () => readFixture('summit.ics', 'America/Los_Angeles');
const all = (agenda: Agenda) => new Set(agenda.items.map((i) => i.key));

/** Previews, plans and applies an agenda as the Import screen does with every session ticked. */
async function importAll(db: Awaited<ReturnType<typeof freshDB>>, eventId: string, agenda: Agenda) {
  const event = (await getEvent(db, eventId)) as EventRecord;
  const preview = previewImport(event, await listTalks(db, eventId), agenda);
  const plan = planImport(event, preview, all(agenda));
  if (!plan.ok) throw new Error(plan.error);
  return { preview, result: await applyImport(db, eventId, plan) };
}

describe('importing an agenda', () => {
  it('previews, creates talks and grows the event dates in one go; importing again changes nothing', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput({ startDate: '', endDate: '' })));
    const preview = previewImport(event, [], await summit());
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    const plan = planImport(event, preview, all(await summit()));
    expect(plan.ok && plan.eventDates).toEqual({ startDate: '2017-04-18', endDate: '2017-04-19' });

    expect((await importAll(db, event.id, await summit())).result).toEqual({ created: 3, updated: 0 });
    const talks = await listTalks(db, event.id);
    expect(talks.map((t) => t.title).sort()).toEqual([
      'Building Serverless Web Applications',
      'Deep Dive on CI/CD and Docker',
      'The State of Serverless Computing, 2017',
    ]);
    expect(await getEvent(db, event.id)).toMatchObject({ startDate: '2017-04-18', endDate: '2017-04-19' });

    const again = previewImport((await getEvent(db, event.id))!, talks, await summit());
    expect(again.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('updates a moved session instead of adding it twice, and keeps a talk typed by hand with its tags', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const byHand = saved(
      await createTalk(db, event.id, talkInput({ title: 'Deep Dive on CI/CD and Docker', date: '2017-04-19', startTime: '09:00', tags: ['docker'] })),
    );
    const first = previewImport(event, [byHand], await summit());
    expect(first.rows.map((r) => r.status)).toEqual(['new', 'new', 'update']);
    await importAll(db, event.id, await summit());
    expect(await listTalks(db, event.id)).toHaveLength(3);

    const agenda = await summit();
    const moved = {
      ...agenda,
      items: agenda.items.map((item) => (item.title.startsWith('Building') ? { ...item, startTime: '15:00', endTime: '15:45' } : item)),
    };
    const second = previewImport(event, await listTalks(db, event.id), moved);
    expect(second.rows.map((r) => r.status)).toEqual(['unchanged', 'update', 'unchanged']);
    await importAll(db, event.id, moved);
    const talks = await listTalks(db, event.id);
    expect(talks).toHaveLength(3);
    expect(talks.find((t) => t.title.startsWith('Building'))?.startTime).toBe('15:00');
    expect(talks.find((t) => t.id === byHand.id)).toMatchObject({ startTime: '10:00', tags: ['docker'] });
  });

  it('refuses a choice longer than an event can be, naming the dates', async () => {
    const event = saved(await createEvent(await freshDB(), eventInput()));
    const agenda = await summit();
    const far = { ...agenda, items: [...agenda.items, { ...agenda.items[0]!, key: 'x', date: '2017-07-01' }] };
    const plan = planImport(event, previewImport(event, [], far), all(far));
    expect(plan).toEqual({
      ok: false,
      error: 'The sessions chosen run from 2017-04-18 to 2017-07-01; an event can last at most 31 days. Choose fewer days, or import into another event.',
    });
  });

  it('gives an event without a time zone the one the file names, and converts to it', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput({ timeZone: '' })));
    const agenda = await readFixture('summit.ics'); // no event zone: the file's America/Los_Angeles, not the device's Berlin
    expect([agenda.timeZone, agenda.items[0]?.startTime]).toEqual(['America/Los_Angeles', '09:30']);
    const { preview } = await importAll(db, event.id, agenda);
    expect(preview.eventZone).toBe('America/Los_Angeles');
    expect((await getEvent(db, event.id))?.timeZone).toBe('America/Los_Angeles');
  });

  it('marks breaks as such, and keeps the mark on a re-import', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput({ startDate: '2025-05-22', endDate: '2025-05-23' })));
    const agenda = await readFixture('json/sessionize-sessions-list.json');
    await importAll(db, event.id, agenda);
    const talks = await listTalks(db, event.id);
    expect(talks.filter((t) => t.service).map((t) => t.title)).toEqual(['Lunch']);
    expect(talks.filter((t) => !t.service)).toHaveLength(3);
    expect(previewImport(event, talks, agenda).rows.every((r) => r.status === 'unchanged')).toBe(true);
  });
});

describe('re-importing a file with one UID on most of its events', () => {
  // A site generator wrote one UID on every event but the first; this file is read twice, once
  // with its events in another order, and the notes must stay with their talk.
  const calendar = (order: number[]) => {
    const events = [
      ['UID:first@site', 'DTSTART:20240203T090000', 'SUMMARY:Opening'],
      ['UID:same@site', 'DTSTART:20240203T100000', 'SUMMARY:Rust at scale'],
      ['UID:same@site', 'DTSTART:20240203T100000', 'SUMMARY:Go at scale'],
      ['UID:same@site', 'DTSTART:20240203T110000', 'SUMMARY:Closing'],
      ['DTSTART:20240203T120000', 'SUMMARY:Lunch'],
    ];
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...order.flatMap((i) => ['BEGIN:VEVENT', ...events[i]!, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');
  };

  it('reports 0 new and 0 updated, and never moves notes to another talk', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput({ startDate: '2024-02-03', endDate: '', timeZone: 'Europe/Brussels' })));
    const read = async (order: number[]) => {
      const result = await readAgenda('site.ics', calendar(order), options('Europe/Brussels'));
      if (!result.ok) throw new Error(result.error);
      return result;
    };
    expect((await importAll(db, event.id, await read([0, 1, 2, 3, 4]))).result).toEqual({ created: 5, updated: 0 });
    const before = await listTalks(db, event.id);
    const rust = before.find((t) => t.title === 'Rust at scale')!;
    await saveNote(db, noteOf(rust), 'Rust notes');

    for (const order of [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
    ]) {
      const { preview, result } = await importAll(db, event.id, await read(order));
      expect(preview.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
      expect(result).toEqual({ created: 0, updated: 0 });
    }
    const after = await listTalks(db, event.id);
    expect(after.map((t) => [t.id, t.title, t.startTime]).sort()).toEqual(before.map((t) => [t.id, t.title, t.startTime]).sort());
    expect((await getNote(db, rust.id))?.text).toBe('Rust notes');
    expect(after.find((t) => t.id === rust.id)?.title).toBe('Rust at scale');
  });

  it('matches talks an earlier version imported under the repeated UID by title and day, and re-keys them', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput({ startDate: '2024-02-03', endDate: '', timeZone: 'Europe/Brussels' })));
    // What the importer before this one wrote: every talk keyed by the bare UID.
    for (const [title, startTime] of [
      ['Rust at scale', '10:00'],
      ['Go at scale', '10:00'],
      ['Closing', '11:00'],
    ] as const) {
      const talk = saved(await createTalk(db, event.id, talkInput({ title, date: '2024-02-03', startTime, endTime: '', speakers: [], room: '' })));
      await db.put('talks', { ...talk, importKey: 'ics:same@site' });
    }
    const agenda = await readAgenda('site.ics', calendar([0, 1, 2, 3, 4]), options('Europe/Brussels'));
    if (!agenda.ok) throw new Error(agenda.error);
    const { preview, result } = await importAll(db, event.id, agenda);
    expect(preview.rows.map((r) => `${r.item.title}: ${r.status}`)).toEqual([
      'Opening: new',
      'Rust at scale: update',
      'Go at scale: update',
      'Closing: update',
      'Lunch: new',
    ]);
    expect(result).toEqual({ created: 2, updated: 3 });
    const again = previewImport((await getEvent(db, event.id))!, await listTalks(db, event.id), agenda);
    expect(again.rows.every((r) => r.status === 'unchanged')).toBe(true);
  });
});

describe('re-importing after the organisers changed the agenda', () => {
  const ics = (...events: string[][]) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');
  const read = async (text: string, zone = 'Europe/Brussels') => {
    const result = await readAgenda('site.ics', text, options(zone));
    if (!result.ok) throw new Error(result.error);
    return result;
  };
  const setUp = async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput({ startDate: '2024-02-03', endDate: '', timeZone: 'Europe/Brussels' })));
    return { db, event };
  };
  const notesByTitle = async (db: Awaited<ReturnType<typeof freshDB>>, eventId: string) =>
    Object.fromEntries(
      await Promise.all((await listTalks(db, eventId)).map(async (t) => [`${t.title} ${t.startTime}`, (await getNote(db, t.id))?.text ?? ''])),
    );

  it('a session moving into the slot another left keeps its own talk and notes (one UID on all)', async () => {
    const { db, event } = await setUp();
    await importAll(
      db,
      event.id,
      await read(
        ics(
          ['UID:same', 'DTSTART:20240203T100000', 'SUMMARY:Rust at scale'],
          ['UID:same', 'DTSTART:20240203T110000', 'SUMMARY:Go at scale'],
          ['UID:same', 'DTSTART:20240203T120000', 'SUMMARY:Closing'],
        ),
      ),
    );
    for (const talk of await listTalks(db, event.id)) await saveNote(db, noteOf(talk), `notes of ${talk.title}`);
    // Rust is cancelled; Go moves to its 10:00 slot.
    const { result } = await importAll(
      db,
      event.id,
      await read(ics(['UID:same', 'DTSTART:20240203T100000', 'SUMMARY:Go at scale'], ['UID:same', 'DTSTART:20240203T120000', 'SUMMARY:Closing'])),
    );
    expect(result).toEqual({ created: 0, updated: 1 });
    expect(await notesByTitle(db, event.id)).toEqual({
      'Rust at scale 10:00': 'notes of Rust at scale', // kept as it was: nothing is ever deleted
      'Go at scale 10:00': 'notes of Go at scale',
      'Closing 12:00': 'notes of Closing',
    });
  });

  it('a talk typed by hand goes with the session of its title at its time, not with the first of that title', async () => {
    const { db, event } = await setUp();
    const byHand = saved(await createTalk(db, event.id, talkInput({ title: 'Lightning talks', date: '2024-02-03', startTime: '17:00', endTime: '' })));
    await saveNote(db, noteOf(byHand), 'the 17:00 ones');
    const { preview } = await importAll(
      db,
      event.id,
      await read(ics(['UID:l1', 'DTSTART:20240203T120000', 'SUMMARY:Lightning talks'], ['UID:l2', 'DTSTART:20240203T170000', 'SUMMARY:Lightning talks'])),
    );
    expect(preview.rows.map((r) => `${r.input.startTime} ${r.status}`)).toEqual(['12:00 new', '17:00 update']);
    expect(await notesByTitle(db, event.id)).toEqual({ 'Lightning talks 12:00': '', 'Lightning talks 17:00': 'the 17:00 ones' });
  });

  it('two parallel sessions of one title and time keep their own talks when one of them moves', async () => {
    const { db, event } = await setUp();
    await importAll(
      db,
      event.id,
      await read(ics(['DTSTART:20240203T090000', 'SUMMARY:Welcome', 'LOCATION:Room A'], ['DTSTART:20240203T090000', 'SUMMARY:Welcome', 'LOCATION:Room B'])),
    );
    for (const talk of await listTalks(db, event.id)) await saveNote(db, noteOf(talk), `notes of ${talk.room}`);
    // Room A's welcome moves to 09:05: neither session keeps its key (they had needed the room to tell them apart).
    await importAll(
      db,
      event.id,
      await read(ics(['DTSTART:20240203T090500', 'SUMMARY:Welcome', 'LOCATION:Room A'], ['DTSTART:20240203T090000', 'SUMMARY:Welcome', 'LOCATION:Room B'])),
    );
    const talks = await listTalks(db, event.id);
    expect(talks).toHaveLength(2);
    for (const talk of talks) expect((await getNote(db, talk.id))?.text).toBe(`notes of ${talk.room}`);
    expect(talks.map((t) => `${t.room} ${t.startTime}`).sort()).toEqual(['Room A 09:05', 'Room B 09:00']);
  });

  it('a talk typed by hand is not given to either of two parallel sessions of its title and time', async () => {
    const { db, event } = await setUp();
    const byHand = saved(
      await createTalk(db, event.id, talkInput({ title: 'Lightning talks', date: '2024-02-03', startTime: '17:00', endTime: '', room: '' })),
    );
    const { preview } = await importAll(
      db,
      event.id,
      await read(
        ics(
          ['UID:a', 'DTSTART:20240203T170000', 'SUMMARY:Lightning talks', 'LOCATION:Room A'],
          ['UID:b', 'DTSTART:20240203T170000', 'SUMMARY:Lightning talks', 'LOCATION:Room B'],
        ),
      ),
    );
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'new']);
    expect((await listTalks(db, event.id)).find((t) => t.id === byHand.id)?.room).toBe('');
  });

  it('a moved session without a UID updates its talk when it is the only one of its title that day', async () => {
    const { db, event } = await setUp();
    await importAll(db, event.id, await read(ics(['DTSTART:20240203T100000', 'SUMMARY:Keynote'], ['DTSTART:20240203T110000', 'SUMMARY:Panel'])));
    const { result } = await importAll(
      db,
      event.id,
      await read(ics(['DTSTART:20240203T093000', 'SUMMARY:Keynote'], ['DTSTART:20240203T110000', 'SUMMARY:Panel'])),
    );
    expect(result).toEqual({ created: 0, updated: 1 });
    expect((await listTalks(db, event.id)).map((t) => `${t.title} ${t.startTime}`).sort()).toEqual(['Keynote 09:30', 'Panel 11:00']);
  });

  it('keys do not change when the event’s time zone does (set after a first import, as the preview suggests)', async () => {
    const { db, event } = await setUp();
    const text = ics(
      ['DTSTART:20240203T090000Z', 'SUMMARY:No UID'],
      ['UID:same', 'DTSTART:20240203T100000Z', 'SUMMARY:A'],
      ['UID:same', 'DTSTART:20240203T110000Z', 'SUMMARY:B'],
    );
    const first = await read(text, 'Europe/Berlin');
    const second = await read(text, 'America/New_York');
    expect(second.items.map((i) => i.key)).toEqual(first.items.map((i) => i.key));
    await importAll(db, event.id, first);
    const again = previewImport(event, await listTalks(db, event.id), second);
    expect(again.rows.map((r) => r.status)).toEqual(['update', 'update', 'update']); // new times, same talks
  });

  it('a second import of the same preview (another tab was quicker) updates, never duplicates', async () => {
    const { db, event } = await setUp();
    const agenda = await read(ics(['UID:a', 'DTSTART:20240203T100000', 'SUMMARY:A']));
    const preview = previewImport(event, [], agenda);
    const plan = planImport(event, preview, all(agenda));
    if (!plan.ok) throw new Error(plan.error);
    expect(await applyImport(db, event.id, plan)).toEqual({ created: 1, updated: 0 });
    expect(await applyImport(db, event.id, plan)).toEqual({ created: 0, updated: 1 });
    expect(await listTalks(db, event.id)).toHaveLength(1);
  });
});

describe('a large agenda through the chooser', () => {
  it('ticks nothing at first, imports only what is chosen, and on re-import ticks what was imported and offers the rest', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput({ startDate: '2024-02-03', endDate: '2024-02-04', timeZone: 'Europe/Brussels' })));
    const lines = Array.from(
      { length: 60 },
      (_, i) =>
        `${String(9 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')} Session ${i + 1} — Speaker ${i + 1} @ Room ${i % 6}`,
    );
    const agenda = await readAgenda('', lines.join('\n'), options('Europe/Brussels'));
    if (!agenda.ok) throw new Error(agenda.error);
    const preview = previewImport(event, [], agenda);
    expect(initialChoice(preview.rows).size).toBe(0);
    const chosen = new Set(preview.rows.slice(0, 5).map((r) => r.item.key));
    const plan = planImport(event, preview, chosen);
    if (!plan.ok) throw new Error(plan.error);
    expect(await applyImport(db, event.id, plan)).toEqual({ created: 5, updated: 0 });

    const again = previewImport(event, await listTalks(db, event.id), agenda);
    const ticked = initialChoice(again.rows);
    expect([...ticked].sort()).toEqual([...chosen].sort());
    expect(again.rows.filter((r) => r.status === 'new')).toHaveLength(55);
  });
});

describe('a file that is not an agenda', () => {
  it.each([
    ['json/not-an-agenda.json', 'This JSON file is not an agenda this app can read'],
    ['xml/not-an-agenda.xml', 'This XML file is not a conference schedule'],
  ])('%s is refused with a clear message', async (path, error) => {
    const result = await readAgenda(path, fixture(path), options());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });
});
