import { useId } from 'preact/hooks';
import { withDB } from '../../app/services';
import { appendTakeaway } from '../../model/editing';
import type { ExportTarget } from '../../model/export-settings';
import type { EventRecord, PhotoSettings } from '../../model/types';
import { readCapture } from '../../store/capture-store';
import { useCursorAtLine, useFocusOnMount } from '../shared/focus';
import { Loaded } from '../shared/Loaded';
import { useLoad } from '../shared/use-load';
import { ConflictChoice } from './ConflictChoice';
import { EditorBar } from './EditorBar';
import { NotesPhotos } from './NotesPhotos';
import { NotesPreview } from './preview/NotesPreview';
import { QuickInsertBar } from './QuickInsertBar';
import { TakeawayNudge } from './TakeawayNudge';
import { TalkHeading } from './TalkHeading';
import { useEditorKeys } from './use-editor-keys';
import { useNoteSession, type LoadedNotes } from './use-note-session';
import { usePhotos } from './use-photos';
import { usePreviewState } from './preview/use-preview-state';
import { useWakeLock } from './use-wake-lock';

/** The capture screen: one talk's notes, typed in Markdown and saved as you type. */
export default function TalkScreen({ talkId, line = 0 }: { talkId: string; line?: number }) {
  const data = useLoad(async () => {
    const { talk, event, note, photoSettings, blog } = await withDB((db) => readCapture(db, talkId));
    return { talk, event, text: note?.text ?? '', createdAt: note?.createdAt ?? Date.now(), revision: note?.revision ?? '', photoSettings, blog };
  }, [talkId]);
  return <Loaded data={data}>{(value) => <NotesEditor key={talkId} {...value} line={line} />}</Loaded>;
}

interface EditorProps extends LoadedNotes {
  event: EventRecord;
  photoSettings: PhotoSettings;
  /** The blog the event exports to: the preview reads as it will there. */
  blog: ExportTarget;
  /** 1-based line to put the cursor on (from search or follow-ups); 0 for none. */
  line: number;
}

function NotesEditor(props: EditorProps) {
  const { talk, event, text, photoSettings, blog, line } = props;
  const id = useId();
  const preview = usePreviewState();
  // The text lives in the textarea (and the session); typing does not re-render this component.
  const { session, areaRef, snapshot, conflict, access, onInput, choose } = useNoteSession(props, preview.edited);
  const keys = useEditorKeys(talk, event, areaRef, access);
  useFocusOnMount(areaRef);
  useCursorAtLine(areaRef, line);
  useWakeLock();
  const photos = usePhotos(talk.id);
  const { previewing, beside, wide } = preview;

  return (
    <main class="capture">
      <TalkHeading talk={talk} event={event} />
      <EditorBar id={id} previewing={previewing} show={(on) => preview.show(on, session.text())} status={session.status} onRetry={() => void session.flush()} />
      {conflict && <ConflictChoice onChoose={choose} />}
      <TakeawayNudge talk={talk} timeZone={event.timeZone} notes={snapshot} onAdd={(takeaway) => access.apply(appendTakeaway(session.text(), takeaway))} />
      {!previewing && <QuickInsertBar onInsert={keys.insertQuick} timeKnown={keys.timeKnown} />}
      {!previewing && wide && (
        <button type="button" class="small beside-toggle" aria-pressed={preview.besideChosen} onClick={preview.toggleBeside}>
          Preview beside notes
        </button>
      )}
      <div class={beside ? 'writing beside' : 'writing'}>
        <div role="tabpanel" id={`${id}-notes`} aria-labelledby={`${id}-write`} hidden={previewing} class="notes-panel">
          <textarea
            ref={areaRef}
            class="notes"
            aria-labelledby={`${id}-write`}
            defaultValue={text}
            spellcheck
            autoCapitalize="sentences"
            placeholder={'Type notes in Markdown:\n- a bullet\n> a quote\n[a link](https://…)'}
            onKeyDown={keys.onKeyDown}
            onPaste={keys.onPaste}
            onInput={onInput}
          />
        </div>
        {beside && (
          <section class="preview" aria-label="Preview beside notes">
            <NotesPreview text={snapshot} photoUrls={photos.urls} blog={blog} />
          </section>
        )}
      </div>
      <NotesPhotos notes={access} snapshot={snapshot} photos={photos} settings={photoSettings} />
      <div role="tabpanel" id={`${id}-rendered`} aria-labelledby={`${id}-preview`} hidden={!previewing} class="preview">
        {previewing && <NotesPreview text={preview.previewText} photoUrls={photos.urls} blog={blog} />}
      </div>
    </main>
  );
}
