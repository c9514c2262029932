import { useCallback, useId, useRef, useState } from 'preact/hooks';
import { formatSpeakers } from '../model/speakers';
import type { EventRecord, TalkRecord } from '../model/types';
import { getDB } from '../store/db';
import { getEvent } from '../store/event-store';
import { getNote, saveNote } from '../store/note-store';
import { getTalk } from '../store/talk-store';
import { dayTitle, formatTimes } from './format';
import { dayNumber } from '../model/days';
import { Link } from './Link';
import { Loaded } from './Loaded';
import { NotesPreview } from './NotesPreview';
import { SaveStatusText } from './SaveStatusText';
import { useAutosave } from './use-autosave';
import { useLoad } from './use-load';
import { useFocusOnMount } from './focus';

/** The capture screen: one talk's notes, typed in Markdown and saved as you type. */
export function TalkScreen({ talkId }: { talkId: string }) {
  const data = useLoad(async () => {
    const db = await getDB();
    const [talk, note] = await Promise.all([getTalk(db, talkId), getNote(db, talkId)]);
    if (!talk) throw new Error('This talk does not exist on this device; it may have been deleted.');
    const event = await getEvent(db, talk.eventId);
    if (!event) throw new Error('The event of this talk does not exist on this device; it may have been deleted.');
    return { talk, event, text: note?.text ?? '', createdAt: note?.createdAt ?? Date.now() };
  }, [talkId]);
  return <Loaded data={data}>{(value) => <NotesEditor key={talkId} {...value} />}</Loaded>;
}

function NotesEditor({ talk, event, text, createdAt }: { talk: TalkRecord; event: EventRecord; text: string; createdAt: number }) {
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  const [previewText, setPreviewText] = useState('');
  // The text lives in the textarea; typing does not re-render this component.
  const textRef = useRef(text);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnMount(areaRef);
  const save = useCallback(
    (value: string) => getDB().then((db) => saveNote(db, { talkId: talk.id, eventId: talk.eventId, createdAt }, value)),
    [talk.id, talk.eventId, createdAt],
  );
  const autosave = useAutosave(save, talk.id, `Your latest notes for "${talk.title}"`);
  const day = talk.date ? dayTitle({ date: talk.date, dayNumber: dayNumber(event, talk.date) }) : '';

  const showPreview = (on: boolean) => {
    if (on) setPreviewText(textRef.current);
    setPreviewing(on);
  };

  return (
    <main class="capture">
      <Link to={`/events/${event.id}`} class="back">
        {event.name}
      </Link>
      <div class="title-row">
        <h1>{talk.title}</h1>
        <Link to={`/talks/${talk.id}/edit`} class="button small">
          Edit talk
        </Link>
      </div>
      <p class="meta">
        {[formatSpeakers(talk.speakers), day, formatTimes(talk.startTime, talk.endTime), talk.room]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="editor-bar">
        <div role="tablist" aria-label="Notes or preview" class="tabs">
          <button
            type="button"
            role="tab"
            id={`${id}-write`}
            aria-selected={!previewing}
            aria-controls={`${id}-notes`}
            onClick={() => showPreview(false)}
          >
            Notes
          </button>
          <button
            type="button"
            role="tab"
            id={`${id}-preview`}
            aria-selected={previewing}
            aria-controls={`${id}-rendered`}
            onClick={() => showPreview(true)}
          >
            Preview
          </button>
        </div>
        <SaveStatusText status={autosave.status} onRetry={() => void autosave.flush()} />
      </div>
      <div role="tabpanel" id={`${id}-notes`} aria-labelledby={`${id}-write`} hidden={previewing} class="notes-panel">
        <textarea
          ref={areaRef}
          class="notes"
          aria-labelledby={`${id}-write`}
          defaultValue={text}
          spellcheck
          autoCapitalize="sentences"
          placeholder={'Type notes in Markdown:\n- a bullet\n> a quote\n[a link](https://…)'}
          onInput={(e) => {
            textRef.current = e.currentTarget.value;
            autosave.change(textRef.current);
          }}
        />
      </div>
      <div role="tabpanel" id={`${id}-rendered`} aria-labelledby={`${id}-preview`} hidden={!previewing} class="preview">
        {previewing && <NotesPreview text={previewText} />}
      </div>
    </main>
  );
}
