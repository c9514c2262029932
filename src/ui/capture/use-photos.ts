// A talk's photos in the editor: list, add from files (processed first), delete, and object URLs
// for showing them, each revoked when no longer shown.
import { useEffect, useMemo } from 'preact/hooks';
import type { PhotoRecord, PhotoSettings } from '../../model/types';
import { withDB } from '../../app/services';
import { addPhoto, deletePhoto, listPhotos } from '../../store/photo-store';
import { useLoad } from '../shared/use-load';

// One empty list while loading, so the photo URLs are not made again at every render.
const NO_PHOTOS: PhotoRecord[] = [];

/** What adding one photo did, for the message the person sees. */
export interface AddedPhoto {
  record: PhotoRecord;
  resized: boolean;
  from: { width: number; height: number };
}

/** The talk's photos and the ways to change them. */
export function usePhotos(talkId: string) {
  const loaded = useLoad(() => withDB((db) => listPhotos(db, talkId)), [talkId]);
  const photos = loaded.state === 'ready' ? loaded.value : NO_PHOTOS;
  const loadError = loaded.state === 'error' ? loaded.message : '';

  const urls = usePhotoUrls(photos);

  /** Processes and stores one file; the file is read and re-encoded before any transaction opens. */
  async function add(file: File, settings: PhotoSettings): Promise<AddedPhoto> {
    // The processing code loads with the first photo, not with the app.
    const { preparePhoto } = await import('../../image/photos');
    const processed = await preparePhoto(file, settings);
    const original = settings.keepOriginal ? { type: file.type, bytes: await file.arrayBuffer(), name: file.name } : null;
    const record = await withDB((db) =>
      addPhoto(db, talkId, { type: processed.type, bytes: processed.bytes, width: processed.width, height: processed.height, original }),
    );
    loaded.update((list) => [...list, record]);
    const from = { width: processed.originalWidth, height: processed.originalHeight };
    return { record, resized: from.width !== record.width || from.height !== record.height, from };
  }

  async function remove(id: string): Promise<void> {
    await withDB((db) => deletePhoto(db, id));
    loaded.update((list) => list.filter((p) => p.id !== id));
  }

  return { photos, urls, loadError, add, remove };
}

/** An object URL per photo, made when first shown and revoked when the photo goes or the screen closes. */
export function usePhotoUrls(photos: readonly PhotoRecord[]): Map<string, string> {
  const urls = useMemo(() => new Map<string, string>(), []);
  for (const photo of photos) {
    if (!urls.has(photo.id)) urls.set(photo.id, URL.createObjectURL(new Blob([photo.bytes], { type: photo.type })));
  }
  useEffect(() => {
    const ids = new Set(photos.map((p) => p.id));
    for (const [id, url] of urls) {
      if (ids.has(id)) continue;
      URL.revokeObjectURL(url);
      urls.delete(id);
    }
  }, [photos]);
  useEffect(
    () => () => {
      for (const url of urls.values()) URL.revokeObjectURL(url);
      urls.clear();
    },
    [],
  );
  return urls;
}
