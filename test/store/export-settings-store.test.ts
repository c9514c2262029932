import { describe, expect, it } from 'vitest';
import { defaultExportSettings } from '../../src/model/export-settings';
import { createEvent, deleteEvent } from '../../src/store/event-store';
import { getExportSettings, saveExportSettings } from '../../src/store/export-settings-store';
import { eventInput, freshDB, saved } from './helpers';

describe('export settings store', () => {
  it('an event never exported starts as the connected blog is; one exported before keeps its settings', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    expect(await getExportSettings(db, event.id, { target: 'hugo', hugoLayout: 'file' })).toEqual({
      ...defaultExportSettings(),
      target: 'hugo',
      hugoLayout: 'file',
    });
    await saveExportSettings(db, event.id, { ...defaultExportSettings(), target: 'jekyll' });
    expect((await getExportSettings(db, event.id, { target: 'hugo' })).target).toBe('jekyll');
    db.close();
  });

  it('gives the defaults for a new event and remembers changes per event', async () => {
    const db = await freshDB();
    const a = saved(await createEvent(db, eventInput()));
    const b = saved(await createEvent(db, eventInput({ name: 'B' })));
    expect(await getExportSettings(db, a.id)).toEqual(defaultExportSettings());

    const changed = { ...defaultExportSettings(), target: 'hugo' as const, grouping: 'talk' as const, tags: ['aws'] };
    const record = await saveExportSettings(db, a.id, changed);
    expect(record).toMatchObject({ eventId: a.id, ...changed });
    expect(await getExportSettings(db, a.id)).toEqual(changed);
    expect(await getExportSettings(db, b.id)).toEqual(defaultExportSettings());
  });

  it('fills in fields that settings saved by an older version lack', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    const { intro: _drop, ...older } = { ...defaultExportSettings(), author: 'Me' };
    await db.put('exportSettings', { ...(older as ReturnType<typeof defaultExportSettings>), eventId: event.id, createdAt: 1, updatedAt: 1 });
    expect(await getExportSettings(db, event.id)).toEqual({ ...defaultExportSettings(), author: 'Me' });
  });

  it('is deleted with its event, and refuses an event that is gone', async () => {
    const db = await freshDB();
    const event = saved(await createEvent(db, eventInput()));
    await saveExportSettings(db, event.id, defaultExportSettings());
    await deleteEvent(db, event.id);
    expect(await db.count('exportSettings')).toBe(0);
    await expect(saveExportSettings(db, event.id, defaultExportSettings())).rejects.toThrow('This event no longer exists');
  });
});
