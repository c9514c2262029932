import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup, type BackupData } from '../../src/backup/backup';
import { BACKUP_JSON } from '../../src/backup/backup-format';
import { defaultExportSettings } from '../../src/model/export-settings';
import { DEFAULT_PHOTO_SETTINGS } from '../../src/model/types';
import { readEverything, restoreBackup } from '../../src/store/backup-store';
import { createEvent } from '../../src/store/event-store';
import { saveNote } from '../../src/store/note-store';
import { addPhoto } from '../../src/store/photo-store';
import { createTalk } from '../../src/store/talk-store';
import { eventInput, freshDB, noteOf, saved, talkInput } from '../store/helpers';

const E = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';
const P = '33333333-3333-4333-8333-333333333333';

/** A small, complete set of records. */
function sample(over: Partial<BackupData> = {}): BackupData {
  return {
    events: [
      { id: E, name: 'Summit', location: 'SF', startDate: '2017-04-18', endDate: '', link: '', timeZone: 'UTC', tags: ['aws'], createdAt: 1, updatedAt: 5 },
    ],
    talks: [
      {
        id: T,
        eventId: E,
        title: 'Talk',
        speakers: [{ name: 'Ana', role: '' }],
        date: '2017-04-18',
        startTime: '09:00',
        endTime: '',
        room: '',
        tags: [],
        createdAt: 1,
        updatedAt: 5,
      },
    ],
    notes: [{ talkId: T, eventId: E, text: '* notes\n{{ braces }}', createdAt: 1, updatedAt: 5 }],
    photos: [
      {
        id: P,
        talkId: T,
        eventId: E,
        type: 'image/jpeg',
        bytes: new Uint8Array([0xff, 0xd8, 7]).buffer,
        width: 2,
        height: 1,
        number: 1,
        original: null,
        createdAt: 1,
        updatedAt: 5,
      },
    ],
    exportSettings: [{ ...defaultExportSettings(), eventId: E, createdAt: 1, updatedAt: 5 }],
    settings: [{ id: 'app', photos: DEFAULT_PHOTO_SETTINGS, createdAt: 1, updatedAt: 5 }],
    ...over,
  };
}

/** The backup zip with its JSON changed by `change`. */
function tampered(change: (json: Record<string, unknown>) => void, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const files = unzipSync(makeBackup(sample(), 9));
  const json = JSON.parse(new TextDecoder().decode(files[BACKUP_JSON])) as Record<string, unknown>;
  change(json);
  return zipSync({ ...files, [BACKUP_JSON]: strToU8(JSON.stringify(json)), ...extra });
}

// Everything but the notes' revisions, which a restore renews on purpose (open editors must notice).
const comparable = (data: BackupData) => ({
  ...data,
  notes: data.notes.map(({ revision: _r, ...note }) => note),
  photos: data.photos.map((p) => ({ ...p, bytes: [...new Uint8Array(p.bytes)] })),
});

describe('backup files', () => {
  it('read back exactly what was written, photos included', () => {
    const result = readBackup(makeBackup(sample(), 9));
    expect(result.ok && comparable(result.data)).toEqual(comparable(sample()));
    expect(result.ok && result.createdAt).toBe(9);
  });

  it.each<[string, () => Uint8Array, string]>([
    ['not a zip', () => strToU8('hello'), 'This is not a Talknotes backup, or the file is damaged or cut short'],
    ['cut short', () => makeBackup(sample(), 9).slice(0, 200), 'This is not a Talknotes backup, or the file is damaged or cut short'],
    ['another zip', () => zipSync({ 'readme.txt': strToU8('hi') }), 'This zip is not a Talknotes backup: it has no talknotes-backup.json.'],
    ['broken JSON', () => zipSync({ [BACKUP_JSON]: strToU8('{"format":') }), "The backup's talknotes-backup.json is damaged"],
    ['another format', () => tampered((j) => (j.format = 'other')), 'The backup is damaged or was changed: format is not a Talknotes backup.'],
    ['a newer version', () => tampered((j) => (j.version = 2)), 'version is a backup version this app does not know'],
    ['a tampered date', () => tampered((j) => ((j.talks as { date: string }[])[0]!.date = '18/04/2017')), 'talks.0.date'],
    ['an unknown field', () => tampered((j) => ((j.events as Record<string, unknown>[])[0]!.admin = true)), 'events.0'],
    ['an orphan talk', () => tampered((j) => (j.events = [])), 'The backup is incomplete: the talk "Talk" belongs to an event that is not in the file.'],
    [
      'a missing photo file',
      () => {
        const files = unzipSync(makeBackup(sample(), 9));
        delete files[`photos/${P}`];
        return zipSync(files);
      },
      'The backup is incomplete: 1 photo file is missing',
    ],
    [
      'a path outside the backup',
      () => tampered(() => undefined, { '../evil.sh': strToU8('x') }),
      'The backup was refused: "../evil.sh" points outside the backup.',
    ],
    ['an absolute path', () => tampered(() => undefined, { '/etc/passwd': strToU8('x') }), 'points outside the backup'],
    ['a backslash path', () => tampered(() => undefined, { 'photos\\..\\x': strToU8('x') }), 'points outside the backup'],
  ])('refuse %s with a clear error', (_, file, error) => {
    const result = readBackup(file());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });
});

describe('backups from older versions', () => {
  it('are read: photos without numbers get them, export settings without includePrivate get false', () => {
    const P2 = '44444444-4444-4444-8444-444444444444';
    const old = tampered(
      (j) => {
        const [photo] = j.photos as Record<string, unknown>[];
        delete photo!.number;
        (j.photos as Record<string, unknown>[]).push({ ...photo, id: P2, file: `photos/${P2}`, createdAt: 2 });
        delete (j.exportSettings as Record<string, unknown>[])[0]!.includePrivate;
      },
      { [`photos/${P2}`]: new Uint8Array([1]) },
    );
    const read = readBackup(old);
    expect(read.ok && read.data.photos.map((p) => p.number)).toEqual([1, 2]);
    expect(read.ok && read.data.exportSettings[0]?.includePrivate).toBe(false);
  });
});

describe('restoring', () => {
  it('merge: newer records win, nothing is deleted; replace: exactly the backup', async () => {
    const db = await freshDB();
    const mine = saved(await createEvent(db, eventInput({ name: 'Only on this device' })));
    await restoreBackup(db, sample(), 'merge');
    const older = sample({ events: [{ ...sample().events[0]!, name: 'Older name', updatedAt: 1 }] });
    expect(await restoreBackup(db, older, 'merge')).toEqual({ added: 0, updated: 0, kept: 6 });
    const newer = sample({ events: [{ ...sample().events[0]!, name: 'Newer name', updatedAt: 99 }] });
    expect(await restoreBackup(db, newer, 'merge')).toEqual({ added: 0, updated: 1, kept: 5 });
    const merged = await readEverything(db);
    expect(merged.events.map((e) => e.name).sort()).toEqual(['Newer name', 'Only on this device']);
    expect(mine.id).toBeTruthy();

    // A photo from another device with a number already taken in the talk here gets the next one.
    const P2 = '44444444-4444-4444-8444-444444444444';
    const fromElsewhere = sample({ photos: [{ ...sample().photos[0]!, id: P2, updatedAt: 7 }] });
    await restoreBackup(db, fromElsewhere, 'merge');
    expect((await readEverything(db)).photos.map((p) => [p.id, p.number]).sort()).toEqual([
      [P, 1],
      [P2, 2],
    ]);

    // A draft a closed tab left must not be merged into the restored notes on the next start.
    await db.put('drafts', {
      talkId: sample().notes[0]!.talkId,
      eventId: sample().notes[0]!.eventId,
      tab: 'closed',
      basedOn: '',
      own: [],
      text: 'from before the restore',
      createdAt: 1,
      updatedAt: 1,
    });
    await restoreBackup(db, sample(), 'replace');
    expect(comparable(await readEverything(db))).toEqual(comparable(sample()));
    expect(await db.count('drafts')).toBe(0);
  });

  it('is one transaction: a failure part-way leaves the database exactly as it was', async () => {
    const db = await freshDB();
    await restoreBackup(db, sample(), 'replace');
    const before = comparable(await readEverything(db));
    // A record the store cannot take (no key) after good ones: the whole restore must roll back.
    const broken = sample({
      events: [{ ...sample().events[0]!, name: 'Changed' }],
      notes: [{ ...sample().notes[0]!, talkId: undefined as unknown as string }],
    });
    await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
    expect(comparable(await readEverything(db))).toEqual(before);
  });

  it('backs up and restores anything typed, exactly (property test)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(text, text, fc.array(fc.record({ name: text, role: text }), { maxLength: 3 }), text, async (name, title, speakers, note) => {
        const db = await freshDB();
        const event = saved(await createEvent(db, eventInput({ name: name.trim() || 'x', location: '' })));
        const talk = saved(await createTalk(db, event.id, talkInput({ title: title.trim() || 'y', speakers: speakers.filter((s) => s.name.trim()) })));
        await saveNote(db, noteOf(talk), note);
        await addPhoto(db, talk.id, { type: 'image/jpeg', bytes: strToU8(note).buffer as ArrayBuffer, width: 1, height: 1, original: null });
        const everything = await readEverything(db);
        const read = readBackup(makeBackup(everything, 1));
        if (!read.ok) throw new Error(read.error);
        const elsewhere = await freshDB();
        await restoreBackup(elsewhere, read.data, 'replace');
        expect(comparable(await readEverything(elsewhere))).toEqual(comparable(everything));
      }),
      { numRuns: 40 },
    );
  });
});
