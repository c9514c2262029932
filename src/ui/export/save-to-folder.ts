// Writing the export into a local checkout of the blog with the File System Access API (desktop
// Chromium and Edge): only new and changed files are written, and nothing is ever deleted.
import type { RepositoryFile } from '../../export/repository-files';
import type { ExportTarget } from '../../model/export-settings';
import { errorMessage } from '../../model/errors';

/** What a save did: files written for the first time, rewritten, and left alone as they were. */
export interface FolderCounts {
  added: number;
  changed: number;
  unchanged: number;
}

/** The files at a blog's root that say which engine it is built with. */
export const BLOG_MARKERS: Record<ExportTarget, readonly string[]> = {
  jekyll: ['_config.yml'],
  hugo: ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'config.yaml', 'config.json'],
};

// The parts of the File System Access API that the DOM types this project compiles with leave out
// (listing a folder is in lib "DOM.AsyncIterable", which nothing else here needs).
interface ListableHandle {
  keys(): AsyncIterable<string>;
}
interface PermissionHandle {
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

/** True where the browser can write into a folder the person chooses. */
export function canSaveToFolder(): boolean {
  return typeof window !== 'undefined' && 'showDirectoryPicker' in window;
}

/** Asks the person to pick their blog's folder (with write access); null if they cancelled. */
export async function chooseFolder(): Promise<FileSystemDirectoryHandle | null> {
  const picker = (window as unknown as { showDirectoryPicker(options: object): Promise<FileSystemDirectoryHandle> }).showDirectoryPicker;
  try {
    return await picker.call(window, { id: 'talknotes-blog', mode: 'readwrite' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null; // closed the picker
    throw error;
  }
}

/**
 * True when the app may write into `folder`, asking the browser if need be. Call it first thing in a
 * click handler: the browser only asks while the click's user activation lasts.
 */
export async function mayWrite(folder: FileSystemDirectoryHandle): Promise<boolean> {
  const handle = folder as FileSystemDirectoryHandle & PermissionHandle;
  // Without the permission methods (no such browser is known) a refused write says so instead.
  if (!handle.queryPermission || !handle.requestPermission) return true;
  if ((await handle.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  return (await handle.requestPermission({ mode: 'readwrite' })) === 'granted';
}

/** A repository path's folder names and file name; throws for a path that could leave the folder. */
export function pathSegments(path: string): string[] {
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) {
    throw new Error(`"${path}" is not a path inside the blog folder: nothing was written.`);
  }
  return segments;
}

/**
 * The question to ask before writing when `folder` has none of the target's config files at its
 * root ("is it your blog's folder?"), or null when it looks like the blog.
 */
export async function notABlogQuestion(folder: FileSystemDirectoryHandle, target: ExportTarget): Promise<string | null> {
  const names = new Set<string>();
  try {
    for await (const name of (folder as FileSystemDirectoryHandle & ListableHandle).keys()) names.add(name);
  } catch (error) {
    throw gone(error, folder);
  }
  const markers = BLOG_MARKERS[target];
  if (markers.some((m) => names.has(m))) return null;
  const engine = target === 'jekyll' ? 'Jekyll' : 'Hugo';
  const list = markers.length === 1 ? markers[0] : `${markers.slice(0, -1).join(', ')} or ${markers.at(-1)}`;
  return `This folder has no ${list}: is it your ${engine} blog's folder?`;
}

/**
 * Writes `files` into `folder` at their paths, creating sub-folders. Each file is first compared
 * with what is there: unchanged files are not rewritten, and nothing is deleted. Every path is
 * checked before anything is written.
 */
export async function saveToFolder(folder: FileSystemDirectoryHandle, files: readonly RepositoryFile[]): Promise<FolderCounts> {
  const seen = new Set<string>();
  const planned = files.map((file) => {
    if (seen.has(file.path)) throw new Error(`Two files would both be ${file.path}: nothing was written.`);
    seen.add(file.path);
    return { file, segments: pathSegments(file.path) };
  });
  const counts: FolderCounts = { added: 0, changed: 0, unchanged: 0 };
  for (const { file, segments } of planned) {
    const existing = await readExisting(folder, segments);
    if (existing && sameBytes(existing, file.bytes)) {
      counts.unchanged++;
      continue;
    }
    await writeFile(folder, segments, file.bytes);
    if (existing) counts.changed++;
    else counts.added++;
  }
  return counts;
}

// The bytes at `segments`, or null when there is no such file yet.
async function readExisting(folder: FileSystemDirectoryHandle, segments: readonly string[]): Promise<Uint8Array | null> {
  const name = segments.at(-1) ?? '';
  try {
    let dir = folder;
    for (const segment of segments.slice(0, -1)) dir = await dir.getDirectoryHandle(segment);
    const file = await (await dir.getFileHandle(name)).getFile();
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return null;
    throw inPlace(error, segments);
  }
}

// Writes through a swap file that only replaces the real one on close(): a failed write leaves the
// old file as it was.
async function writeFile(folder: FileSystemDirectoryHandle, segments: readonly string[], bytes: Uint8Array): Promise<void> {
  try {
    let dir = folder;
    for (const segment of segments.slice(0, -1)) dir = await dir.getDirectoryHandle(segment, { create: true });
    const handle = await dir.getFileHandle(segments.at(-1) ?? '', { create: true });
    const writable = await handle.createWritable();
    try {
      await writable.write(bytes.slice());
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined); // the write's own error is the one to report
      throw error;
    }
  } catch (error) {
    throw inPlace(error, segments);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Errors from the file system name no file; these say which one and what to do.
function inPlace(error: unknown, segments: readonly string[]): Error {
  const path = segments.join('/');
  if (error instanceof DOMException) {
    if (error.name === 'TypeMismatchError') return new Error(`${path}: the blog folder has a file where a folder should be (or the other way round).`);
    if (error.name === 'NotAllowedError') return new Error(`${path}: the browser no longer lets Talknotes write into this folder; save again to allow it.`);
    if (error.name === 'QuotaExceededError') return new Error(`${path}: the disk is full.`);
    if (error.name === 'NoModificationAllowedError') return new Error(`${path}: the file is locked (open in another program?). Close it and save again.`);
  }
  return new Error(`${path}: ${errorMessage(error)}`);
}

function gone(error: unknown, folder: FileSystemDirectoryHandle): Error {
  if (error instanceof DOMException && error.name === 'NotFoundError') {
    return new Error(`The folder "${folder.name}" is not there any more (moved or deleted?): choose it again.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
