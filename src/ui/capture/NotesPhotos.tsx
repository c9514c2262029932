// Everything about slide photos around the notes editor: taking and picking them, the strip of
// thumbnails, and the "get this slide later" placeholders waiting for a photo or a link.
import { useState } from 'preact/hooks';
import type { Splice } from '../../model/editing';
import { replacePlaceholder, type Placeholder } from '../../model/placeholders';
import { insertBlock, photoMarkdown, removePhotoRefs, setPhotoCaption } from '../../model/photos';
import type { PhotoSettings } from '../../model/types';
import { isQuotaError } from '../../store/results';
import { OpenPlaceholders } from './OpenPlaceholders';
import { PhotoBar } from './PhotoBar';
import { PhotoStrip } from './PhotoStrip';
import type { usePhotos, AddedPhoto } from './use-photos';
import { errorMessage } from '../shared/use-load';

/** What the photo controls need from the notes editor. */
export interface NotesAccess {
  /** The text as typed right now, and where the cursor is. */
  current: () => { text: string; cursor: number };
  /** Replaces the text (saved like typing) and selects from `cursor` to `selectionEnd`. */
  apply: (text: string, cursor?: number, selectionEnd?: number) => void;
  /**
   * Replaces `splice.from` to `splice.to` with `splice.insert` in the editor as typing does, the
   * cursor after it: an undo step of its own, or with `joinTyping` one with the typing before it.
   */
  splice: (splice: Splice, joinTyping?: boolean) => void;
}

/** Props of the photo area of the editor. */
export interface NotesPhotosProps {
  notes: NotesAccess;
  /** The notes as of the last pause in typing, for the lists below the editor. */
  snapshot: string;
  photos: ReturnType<typeof usePhotos>;
  settings: PhotoSettings;
}

function describe(added: AddedPhoto): string {
  const { width, height } = added.record;
  return added.resized ? `Photo added, resized from ${added.from.width}×${added.from.height} to ${width}×${height}.` : `Photo added (${width}×${height}).`;
}

function problem(error: unknown): string {
  if (isQuotaError(error)) return 'The photo was not saved: this device is out of storage space. Your notes are saved.';
  return `The photo was not saved: ${errorMessage(error)}`;
}

/** Photo buttons, status, thumbnails and open placeholders. */
export function NotesPhotos({ notes, snapshot, photos, settings }: NotesPhotosProps) {
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<{ text: string; error: boolean }[]>([]);

  async function addEach(files: File[], place: (id: string, caption: string, index: number) => void, captions: string[] = []) {
    setBusy(true);
    const results: { text: string; error: boolean }[] = [];
    for (const [i, file] of files.entries()) {
      try {
        const added = await photos.add(file, settings);
        place(added.record.id, captions[i] ?? '', i);
        results.push({ text: describe(added), error: false });
      } catch (error) {
        results.push({ text: `${file.name || 'Photo'}: ${problem(error)}`, error: true });
      }
    }
    setMessages(results);
    setBusy(false);
  }

  // Where a photo goes: the cursor when the button was tapped (the person may type on while it is
  // prepared; what they type after that point comes after the photo, as it happened).
  const insertAt = (at: number) => (id: string, caption: string) => {
    const { text } = notes.current();
    const next = insertBlock(text, Math.min(at, text.length), photoMarkdown(id, caption));
    notes.apply(next.text);
  };
  const insertAtCursor = (id: string, caption: string) => insertAt(notes.current().cursor)(id, caption);

  // The placeholder is found again by its words: the notes may have changed while the photo was
  // prepared. If it is gone, the photo goes at the cursor instead of getting lost.
  const fillPlaceholder = (placeholder: Placeholder, replacement: string) => {
    const next = replacePlaceholder(notes.current().text, placeholder, replacement);
    if (next !== null) notes.apply(next);
    else {
      const { text, cursor } = notes.current();
      notes.apply(insertBlock(text, cursor, replacement).text);
    }
  };

  return (
    <>
      <PhotoBar busy={busy} onFiles={(files) => void addEach(files, insertAt(notes.current().cursor))} />
      {busy && <p role="status">Preparing photo…</p>}
      {messages.map((m, i) => (
        <p key={i} role={m.error ? 'alert' : 'status'} class={m.error ? 'field-error' : 'ok'}>
          {m.text}
        </p>
      ))}
      {photos.loadError && <p class="field-error" role="alert">{`Photos could not be read: ${photos.loadError}`}</p>}
      <OpenPlaceholders
        notes={snapshot}
        onPhoto={(placeholder, file) => void addEach([file], (id) => fillPlaceholder(placeholder, photoMarkdown(id, placeholder.text)), [placeholder.text])}
        onLink={(placeholder, url) => fillPlaceholder(placeholder, `[${placeholder.text || url}](${url})`)}
      />
      <PhotoStrip
        photos={photos.photos}
        urls={photos.urls}
        notes={snapshot}
        onCaption={(id, caption) => notes.apply(setPhotoCaption(notes.current().text, id, caption))}
        onInsert={(id) => insertAtCursor(id, '')}
        onDelete={(id) =>
          void photos.remove(id).then(
            () => notes.apply(removePhotoRefs(notes.current().text, id)),
            (error: unknown) => setMessages([{ text: `The photo was not deleted: ${errorMessage(error)}`, error: true }]),
          )
        }
      />
    </>
  );
}
