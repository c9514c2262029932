// The export as a zip laid out like the blog repository (_posts/…, content/posts/…).
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './types';

/** Zips the files at their repository paths; `mtime` dates every entry (default: now). */
export function zipFiles(files: readonly ExportFile[], mtime: Date = new Date()): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const file of files) {
    if (file.path in entries) throw new Error(`Two files would both be ${file.path}.`);
    entries[file.path] = [strToU8(file.text), { mtime }];
  }
  // fflate allocates a plain ArrayBuffer (never a shared one), which Blob needs.
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
