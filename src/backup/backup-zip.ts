// Unpacking a backup zip without believing what it declares. A zip states each entry's sizes in two
// headers; a hostile one states small sizes for entries that hold far more (1.5 MB that inflates to
// 1.2 GB). So the sizes declared are checked against the limits first, and then against the bytes
// actually there: a stored entry must fill exactly the space up to the next one, a deflated entry
// is inflated a small chunk at a time and dropped the moment it gives more than it declared, and
// every entry must match its checksum. Nothing is returned from a zip that fails any of it.
// fflate's streaming Unzip is not used: it walks the local headers and skips whatever lies past a
// declared size, which is exactly what must be noticed here.
import { Inflate, strFromU8 } from 'fflate';
import { crc32 } from './crc32';
import { errorMessage } from '../model/errors';

// The most a backup may hold: files, bytes in one of them, and bytes in all.
const ZIP_LIMITS = { entries: 100_000, entryBytes: 200_000_000, totalBytes: 2_000_000_000 } as const;

// Compressed bytes given to the inflater at a time: deflate gives at most 1032 bytes for one, so an
// entry is stopped within about 4 MB past its declared size however much it would unpack to.
const INFLATE_CHUNK = 4096;

/** The unpacked entries that were asked for, or what is wrong with the file (a sentence). */
export type Unpacked = { ok: true; files: Record<string, Uint8Array> } | { ok: false; error: string };

/** One entry as the zip's central directory declares it. */
interface Entry {
  name: string;
  flags: number;
  compression: number;
  crc: number;
  compressedSize: number;
  size: number;
  header: number;
}

const DAMAGED = 'This backup file is damaged or not a Talknotes backup:';
const MORE = `${DAMAGED} an entry holds more than it declares.`;
const LESS = `${DAMAGED} an entry holds less than it declares.`;

/** Unpacks the entries `wanted` names, after checking every entry of the zip. */
export function unpackBackupZip(zip: Uint8Array, wanted: (name: string) => boolean): Unpacked {
  const directory = readDirectory(zip);
  if (typeof directory === 'string') return { ok: false, error: `This is not a Talknotes backup, or the file is damaged or cut short (${directory}).` };
  const { entries } = directory;
  const refused = refusals(entries);
  if (refused.length) return { ok: false, error: `The backup was refused: ${[...new Set(refused)].join('; ')}.` };

  const starts = dataStarts(zip, directory);
  if (typeof starts === 'string') return { ok: false, error: starts };
  const files: Record<string, Uint8Array> = {};
  for (const [i, entry] of entries.entries()) {
    if (!wanted(entry.name)) continue;
    if (entry.compression !== 0 && entry.compression !== 8) return { ok: false, error: `${DAMAGED} an entry is packed in a way Talknotes never uses.` };
    const data = zip.subarray(starts[i], (starts[i] ?? 0) + entry.compressedSize);
    const unpacked = entry.compression === 0 ? data.slice() : inflateBounded(data, entry.size);
    if (typeof unpacked === 'string') return { ok: false, error: unpacked };
    if (unpacked.length < entry.size) return { ok: false, error: LESS };
    if (crc32(unpacked) !== entry.crc) return { ok: false, error: `${DAMAGED} an entry does not match its checksum.` };
    files[entry.name] = unpacked;
  }
  return { ok: true, files };
}

// Declared sizes over the limits, and names that could write outside the place they are unpacked
// to. No entry is ever let give more than it declares (below), so these bound what is unpacked.
function refusals(entries: readonly Entry[]): string[] {
  if (entries.length > ZIP_LIMITS.entries) return ['it has too many files'];
  const refused: string[] = [];
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (unsafeName(entry.name)) refused.push(`"${entry.name}" points outside the backup`);
    else if (entry.size > ZIP_LIMITS.entryBytes) refused.push(`"${entry.name}" is too large`);
    else if (total > ZIP_LIMITS.totalBytes) refused.push('it unpacks to more than 2000 MB');
  }
  return refused;
}

function unsafeName(name: string): boolean {
  return name.includes('\\') || name.startsWith('/') || /^[a-z]:/i.test(name) || name.split('/').includes('..');
}

/** The entries the zip lists at its end, and where that list starts. */
interface Directory {
  entries: Entry[];
  offset: number;
}

// The directory, or why it cannot be read. ZIP64, which backups never need (they are at most
// 1000 MB), is not read.
function readDirectory(zip: Uint8Array): Directory | string {
  // The end record is the last 22 bytes, or up to 64 KB earlier when the zip has a comment.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  let end = zip.length - 22;
  while (end >= earliest && u32(zip, end) !== 0x06054b50) end--;
  if (end < earliest) return 'it has no zip directory';
  const count = u16(zip, end + 10);
  const offset = u32(zip, end + 16);
  if (count === 0xffff || offset === 0xffffffff) return 'it is a ZIP64 file, which Talknotes never writes';
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(zip, at) !== 0x02014b50) return 'its zip directory is damaged';
    const nameLength = u16(zip, at + 28);
    const next = at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
    if (next > end) return 'its zip directory is damaged';
    const flags = u16(zip, at + 8);
    // Bit 11: the name is UTF-8; otherwise it is the old PC code page, read as Latin-1 as fflate does.
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength), !(flags & 0x800));
    entries.push({
      name,
      flags,
      compression: u16(zip, at + 10),
      crc: u32(zip, at + 16),
      compressedSize: u32(zip, at + 20),
      size: u32(zip, at + 24),
      header: u32(zip, at + 42),
    });
    at = next;
  }
  return { entries, offset };
}

/**
 * Where each entry's data starts (by the entry's index), or what is wrong. Each entry's local header
 * must agree with the directory, and its data must fill exactly the space up to the next entry (or
 * to the directory, after the last): bytes left over are what it holds beyond what it declares,
 * and too little space means it holds less (or overlaps another, as some zip bombs do).
 */
function dataStarts(zip: Uint8Array, { entries, offset }: Directory): number[] | string {
  const order = entries.map((_, i) => i).sort((a, b) => (entries[a]?.header ?? 0) - (entries[b]?.header ?? 0));
  const starts: number[] = [];
  for (const [k, i] of order.entries()) {
    const entry = entries[i]!;
    const at = entry.header;
    if (at + 30 > offset || u32(zip, at) !== 0x04034b50) return `${DAMAGED} an entry is not where the zip directory says.`;
    // Bit 3: the sizes and checksum follow the data (12 or 16 bytes); the local header has zeros.
    const descriptor = (entry.flags & 8) !== 0;
    const agree =
      u16(zip, at + 8) === entry.compression &&
      (descriptor || (u32(zip, at + 14) === entry.crc && u32(zip, at + 18) === entry.compressedSize && u32(zip, at + 22) === entry.size));
    if (!agree) return `${DAMAGED} the two headers of an entry disagree.`;
    const start = at + 30 + u16(zip, at + 26) + u16(zip, at + 28);
    const next = order[k + 1] === undefined ? offset : (entries[order[k + 1]!]?.header ?? offset);
    const room = next - (start + entry.compressedSize);
    if (descriptor ? room !== 12 && room !== 16 : room !== 0) return room > 0 ? MORE : LESS;
    // Stored as is: what it holds is its compressed size, which must be what it declares unpacked.
    if (entry.compression === 0 && entry.compressedSize !== entry.size) return entry.compressedSize > entry.size ? MORE : LESS;
    starts[i] = start;
  }
  return starts;
}

// Inflates a few KB at a time and stops as soon as more comes out than `size`: memory never holds
// more than the declared size and one chunk's output, however much the entry would unpack to.
function inflateBounded(data: Uint8Array, size: number): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let written = 0;
  const inflater = new Inflate((chunk) => {
    written += chunk.length;
    if (written <= size) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && written <= size; at += INFLATE_CHUNK) {
      inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
    }
  } catch (error) {
    return `${DAMAGED} an entry cannot be unpacked (${errorMessage(error)}).`;
  }
  if (written > size) return MORE;
  // Collected rather than written into a buffer of the declared size: an entry that declares
  // 200 MB and holds a few bytes must not take 200 MB.
  const out = new Uint8Array(written);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
