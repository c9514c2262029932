// The export as a zip laid out like the blog repository (_posts/…, content/posts/…).
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportAsset, ExportFile } from './types';

/** Zips posts and images at their repository paths; `mtime` dates every entry (default: now). */
export function zipFiles(files: readonly ExportFile[], assets: readonly ExportAsset[] = [], mtime: Date = new Date()): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  const add = (path: string, bytes: Uint8Array, level: 0 | 6) => {
    if (path in entries) throw new Error(`Two files would both be ${path}.`);
    entries[path] = [bytes, { mtime, level }];
  };
  for (const file of files) add(file.path, strToU8(file.text), 6);
  // JPEGs are already compressed: storing them as they are saves time and no space is lost.
  for (const asset of assets) add(asset.path, asset.bytes, 0);
  // fflate allocates a plain ArrayBuffer (never a shared one), which Blob needs.
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
