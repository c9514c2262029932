// The export as the files of the blog repository: posts as UTF-8 bytes, images as they are.
import { strToU8 } from 'fflate';
import type { ExportAsset, ExportFile } from './types';

/** A file at its path in the blog repository. */
export interface RepositoryFile {
  path: string;
  bytes: Uint8Array;
}

/** Posts and images as repository files, under `folder` ("" = the repository's root). */
export function repositoryFiles(files: readonly ExportFile[], assets: readonly ExportAsset[], folder = ''): RepositoryFile[] {
  const at = (path: string) => (folder ? `${folder}/${path}` : path);
  return [...files.map((f) => ({ path: at(f.path), bytes: strToU8(f.text) })), ...assets.map((a) => ({ path: at(a.path), bytes: a.bytes }))];
}
