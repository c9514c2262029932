// Backups whose zip entries lie about their sizes: refused while inflating, before they fill memory.
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackup, type BackupData } from '../../src/backup/backup';
import { BACKUP_JSON } from '../../src/backup/backup-format';
import { DEFAULT_PHOTO_SETTINGS } from '../../src/model/types';

// Every byte fflate's streaming inflate hands out, whoever asks for it: the proof that a refusal
// came before the entry was inflated whole.
const inflated = vi.hoisted(() => ({ bytes: 0 }));
vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  class CountingInflate extends real.Inflate {
    constructor(ondata: (chunk: Uint8Array, final: boolean) => void) {
      super((chunk, final) => {
        inflated.bytes += chunk.length;
        ondata(chunk, final);
      });
    }
  }
  return { ...real, Inflate: CountingInflate };
});

const E = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';
const P = '33333333-3333-4333-8333-333333333333';
const PHOTO = `photos/${P}`;

/** One event, one talk, one 100 KB photo. */
function sample(): BackupData {
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 251);
  return {
    events: [{ id: E, name: 'Summit', location: 'SF', startDate: '2017-04-18', endDate: '', link: '', timeZone: 'UTC', tags: [], createdAt: 1, updatedAt: 5 }],
    talks: [
      { id: T, eventId: E, title: 'Talk', speakers: [], date: '2017-04-18', startTime: '09:00', endTime: '', room: '', tags: [], createdAt: 1, updatedAt: 5 },
    ],
    notes: [],
    photos: [
      { id: P, talkId: T, eventId: E, type: 'image/jpeg', bytes: bytes.buffer, width: 2, height: 1, number: 1, original: null, createdAt: 1, updatedAt: 5 },
    ],
    exportSettings: [],
    settings: [{ id: 'app', photos: DEFAULT_PHOTO_SETTINGS, createdAt: 1, updatedAt: 5 }],
  };
}

const u32 = (zip: Uint8Array, at: number) => new DataView(zip.buffer, zip.byteOffset).getUint32(at, true);
const u16 = (zip: Uint8Array, at: number) => new DataView(zip.buffer, zip.byteOffset).getUint16(at, true);
const setU32 = (zip: Uint8Array, at: number, value: number) => new DataView(zip.buffer, zip.byteOffset).setUint32(at, value, true);

/** Where entry `name` is listed in the zip's central directory, and where its local header is. */
function find(zip: Uint8Array, name: string): { central: number; local: number } {
  let end = zip.length - 22;
  while (u32(zip, end) !== 0x06054b50) end--;
  let at = u32(zip, end + 16);
  for (let i = 0; i < u16(zip, end + 10); i++) {
    const nameLength = u16(zip, at + 28);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) return { central: at, local: u32(zip, at + 42) };
    at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
  }
  throw new Error(`no entry ${name} in the zip`);
}

/**
 * The zip with the sizes of entry `name` rewritten, in its central directory and its local header
 * alike (as a hostile file would): `size` as the unpacked size, `compressedSize` if given.
 */
function declare(zip: Uint8Array, name: string, size: (actual: number) => number, compressedSize?: number): Uint8Array {
  const out = zip.slice();
  const { central, local } = find(out, name);
  const declared = size(u32(out, central + 24));
  setU32(out, central + 24, declared);
  setU32(out, local + 22, declared);
  if (compressedSize !== undefined) {
    setU32(out, central + 20, compressedSize);
    setU32(out, local + 18, compressedSize);
  }
  return out;
}

/** The zip with one byte of entry `name`'s data changed, its headers left alone. */
function damage(zip: Uint8Array, name: string): Uint8Array {
  const out = zip.slice();
  const { local } = find(out, name);
  const data = local + 30 + u16(out, local + 26) + u16(out, local + 28);
  out[data + 500] = (out[data + 500]! + 1) % 256;
  return out;
}

const DECLARED_SMALLER = 'This backup file is damaged or not a Talknotes backup: an entry holds more than it declares.';
const DECLARED_LARGER = 'This backup file is damaged or not a Talknotes backup: an entry holds less than it declares.';
const CHECKSUM = 'This backup file is damaged or not a Talknotes backup: an entry does not match its checksum.';

/** The backup with its photo's bytes replaced by 50 MB of zeros, deflated (about 50 KB). */
function bomb(): Uint8Array {
  const files = unzipSync(makeBackup(sample(), 9));
  return zipSync({ ...files, [PHOTO]: [new Uint8Array(50_000_000), { level: 9 }] });
}

describe('a backup whose entries lie about their sizes', () => {
  it('is read when nothing lies (the photo as it was)', () => {
    const read = readBackup(makeBackup(sample(), 9));
    expect(read.ok && [...new Uint8Array(read.data.photos[0]!.bytes)]).toEqual([...new Uint8Array(sample().photos[0]!.bytes)]);
  });

  it.each<[string, () => Uint8Array, string]>([
    ['a stored photo that declares 10 bytes of its 100 KB', () => declare(makeBackup(sample(), 9), PHOTO, () => 10, 10), DECLARED_SMALLER],
    ['a deflated entry that declares 1 KB of 50 MB of zeros (a zip bomb)', () => declare(bomb(), PHOTO, () => 1024), DECLARED_SMALLER],
    [
      'a deflated entry that declares 100 bytes more than it holds',
      () => declare(makeBackup(sample(), 9), BACKUP_JSON, (actual) => actual + 100),
      DECLARED_LARGER,
    ],
    ['a stored photo with a byte changed', () => damage(makeBackup(sample(), 9), PHOTO), CHECKSUM],
  ])('is refused with a clear message: %s', (_, file, message) => {
    const zip = file();
    inflated.bytes = 0;
    const read = readBackup(zip);
    expect(read.ok ? 'read as a good backup' : read.error).toBe(message);
    // Never more than the declared size plus one chunk was inflated (a chunk of 4 KB inflates to at
    // most about 4 MB; the bomb would be 50 MB).
    expect(inflated.bytes).toBeLessThan(5_000_000);
  });
});
