// Git's id for a file's contents, computed on the device: only files whose id differs travel.
import type { Platform } from './types';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Bytes as lower-case hex. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX[byte];
  return out;
}

/** The git blob id (SHA-1 of "blob <size>\0" and the bytes), as `git hash-object` prints it. */
export async function blobId(bytes: Uint8Array, sha1: Platform['sha1']): Promise<string> {
  const header = `blob ${bytes.length}\0`;
  const all = new Uint8Array(header.length + bytes.length);
  // The header is ASCII, one byte per character.
  for (let i = 0; i < header.length; i++) all[i] = header.charCodeAt(i);
  all.set(bytes, header.length);
  return toHex(await sha1(all));
}
