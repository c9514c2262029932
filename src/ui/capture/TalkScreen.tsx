import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { appendTakeaway, continueList, linkFromPaste, quickInsert, type QuickInsert } from '../../model/editing';
import type { ExportTarget } from '../../model/export-settings';
import { formatSpeakers } from '../../model/speakers';
import { minutesIntoTalk } from '../../model/now';
import type { EventRecord, NoteRecord, PhotoSettings, TalkRecord } from '../../model/types';
import { announceSave, appServices, getDB, withDB } from '../../app/services';
import { ConflictError, editorRevisions } from '../../store/note-store';
import { saveDraftFromTab, saveNoteFromTab } from '../../session/tab-writes';
import { readCapture } from '../../store/capture-store';
import { dayTitle, formatTimes } from '../shared/format';
import { dayNumber } from '../../model/days';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { NotesPhotos, type NotesAccess } from './NotesPhotos';
import { NotesPreview } from './NotesPreview';
import { insertForShortcut, QuickInsertBar } from './QuickInsertBar';
import { usePhotos } from './use-photos';
import { ConflictChoice } from './ConflictChoice';
import { keepBoth } from '../../model/conflicts';
import { useNoteSync } from '../shared/use-note-sync';
import { askForPersistentStorage } from './persist';
import { SaveStatusText } from '../shared/SaveStatusText';
import { useAutosave } from '../shared/use-autosave';
import { errorMessage, useLoad } from '../shared/use-load';
import { reportProblem } from '../shared/problems';
import { replaceUndoably } from './undoable';
import { useCursorAtLine, useFocusOnMount } from '../shared/focus';
import { useDebounced } from '../shared/use-debounced';
import { useMediaQuery } from '../shared/use-media-query';
import { useWakeLock } from './use-wake-lock';
import { TakeawayNudge } from './TakeawayNudge';

// How long typing must pause before the lists under the editor (and the preview beside it) catch
// up with the notes.
const LISTS_AFTER_MS = 700;
const BESIDE_KEY = 'talknotes:preview-beside';

/** The capture screen: one talk's notes, typed in Markdown and saved as you type. */
export default function TalkScreen({ talkId, line = 0 }: { talkId: string; line?: number }) {
  const data = useLoad(async () => {
    const { talk, event, note, photoSettings, blog } = await readCapture(await getDB(), talkId);
    return { talk, event, text: note?.text ?? '', createdAt: note?.createdAt ?? Date.now(), revision: note?.revision ?? '', photoSettings, blog };
  }, [talkId]);
  return <Loaded data={data}>{(value) => <NotesEditor key={talkId} {...value} line={line} />}</Loaded>;
}

interface EditorProps {
  talk: TalkRecord;
  event: EventRecord;
  text: string;
  createdAt: number;
  /** The revision of the notes as loaded ("" when there are none yet). */
  revision: string;
  photoSettings: PhotoSettings;
  /** The blog the event exports to: the preview reads as it will there. */
  blog: ExportTarget;
  /** 1-based line to put the cursor on (from search or follow-ups); 0 for none. */
  line: number;
}

function NotesEditor({ talk, event, text, createdAt, revision, photoSettings, blog, line }: EditorProps) {
  // The revision this editor's text is based on: saves over anything newer are refused.
  const baseRef = useRef(revision);
  // The revisions this editor saved lately: its own overlapping saves are no conflict (note-store.ts).
  const [editor] = useState(editorRevisions);
  const [conflict, setConflict] = useState<NoteRecord | null>(null);
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  const [previewText, setPreviewText] = useState('');
  // "Preview beside notes": the rendered notes next to (or under) the editor while typing,
  // following the notes when typing pauses; remembered on this device. Offered from tablet width
  // up: on a phone the preview is a tab, and a preview that is not shown is not rendered either.
  const [besideChosen, setBeside] = useState(() => localStorage.getItem(BESIDE_KEY) === 'on');
  const wide = useMediaQuery('(min-width: 40rem)');
  const beside = besideChosen && wide && !previewing;
  const toggleBeside = () => {
    localStorage.setItem(BESIDE_KEY, besideChosen ? 'off' : 'on');
    setBeside(!besideChosen);
  };
  // The text lives in the textarea; typing does not re-render this component.
  const textRef = useRef(text);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  useFocusOnMount(areaRef);
  useCursorAtLine(areaRef, line);
  useWakeLock();
  // The lists under the editor (photos, placeholders, the takeaway nudge) follow the notes once
  // typing pauses: re-rendering them for a 50 KB note while keys come in would cost frames.
  const [snapshot, setSnapshot] = useState(text);
  const followTyping = useDebounced(setSnapshot, LISTS_AFTER_MS);
  const save = useCallback(
    (value: string) => {
      followTyping(value);
      // Saved means committed (tx.done): IndexedDB's own guarantee.
      return withDB((db) => saveNoteFromTab(db, appServices().tab, { talkId: talk.id, eventId: talk.eventId, createdAt, basedOn: baseRef.current, editor }, value)).then(
        (saved) => {
          baseRef.current = saved.revision ?? '';
          announceSave(talk.id, baseRef.current);
          return askForPersistentStorage(saved);
        },
        (error: unknown) => {
          if (!(error instanceof ConflictError)) throw error;
          if (!open.current) {
            // The editor closed (or the page is going away) before anyone could choose: keep both.
            const theirs = error.theirs;
            return withDB((db) =>
              // Not as this editor's own: a later save of its plain text must not pass over theirs unasked.
              saveNoteFromTab(db, appServices().tab, { talkId: talk.id, eventId: talk.eventId, createdAt, basedOn: theirs.revision ?? '' }, keepBoth(value, theirs.text)),
            );
          }
          setConflict(error.theirs);
          throw error;
        },
      );
    },
    [talk.id, talk.eventId, createdAt, editor],
  );
  // When the page is hidden or closed: a draft that lands even if the page dies before the save does.
  const rescue = useCallback(
    (value: string) => withDB((db) => saveDraftFromTab(db, appServices().tab, { talkId: talk.id, eventId: talk.eventId, basedOn: baseRef.current, own: editor.recent }, value)),
    [talk.id, talk.eventId, editor],
  );
  const autosave = useAutosave(save, talk.id, `Your latest notes for "${talk.title}"`, rescue);
  // Saves from other tabs show up here while nothing typed here is waiting to be saved.
  useNoteSync(talk.id, baseRef, autosave.pending, (theirs) => {
    baseRef.current = theirs.revision ?? '';
    // Shown, not saved again: it is already saved, and saving would echo between the tabs.
    const area = areaRef.current;
    if (!area || theirs.text === textRef.current) return;
    const cursor = area.selectionStart;
    area.value = theirs.text; // no input event: this is not typing
    textRef.current = theirs.text;
    area.setSelectionRange(Math.min(cursor, theirs.text.length), Math.min(cursor, theirs.text.length));
    setSnapshot(theirs.text);
  });
  const day = talk.date ? dayTitle({ date: talk.date, dayNumber: dayNumber(event, talk.date) }) : '';

  const photos = usePhotos(talk.id);
  const open = useRef(true);
  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );
  const access: NotesAccess = {
    current: () => ({ text: textRef.current, cursor: areaRef.current?.selectionStart ?? textRef.current.length }),
    apply: (next, cursor, selectionEnd = cursor) => {
      const area = areaRef.current;
      textRef.current = next;
      if (!open.current) {
        // The editor closed while a photo was being prepared: save the change straight away.
        void save(next).catch((error: unknown) => reportProblem(`The photo's place in the notes of "${talk.title}" was not saved: ${errorMessage(error)}`));
        return;
      }
      if (area) {
        replaceUndoably(area, next);
        if (cursor !== undefined) area.setSelectionRange(cursor, selectionEnd ?? cursor);
      }
      if (previewing) setPreviewText(next);
      followTyping(next);
      autosave.change(next);
    },
  };

  const minutesIn = () => minutesIntoTalk(talk, Date.now(), event.timeZone);
  const insertQuick = (kind: QuickInsert) => {
    const area = areaRef.current;
    if (!area) return;
    const edit = quickInsert(kind, { text: textRef.current, start: area.selectionStart, end: area.selectionEnd }, {
      speaker: talk.speakers[0]?.name ?? '',
      minutesIn: minutesIn(),
    });
    access.apply(edit.text, edit.start, edit.end);
    area.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const area = e.currentTarget as HTMLTextAreaElement;
    const shortcut = insertForShortcut(e);
    if (shortcut) {
      e.preventDefault();
      insertQuick(shortcut);
      return;
    }
    // keyCode 229: Safari's Enter that confirms an input-method conversion (Japanese, Chinese…).
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.keyCode === 229) return;
    const next = continueList({ text: area.value, start: area.selectionStart, end: area.selectionEnd });
    if (!next) return;
    e.preventDefault();
    access.apply(next.text, next.start, next.end);
  };
  const onPaste = (e: ClipboardEvent) => {
    const area = e.currentTarget as HTMLTextAreaElement;
    const link = linkFromPaste(e.clipboardData?.getData('text/plain') ?? '');
    if (!link || area.selectionStart !== area.selectionEnd) return;
    e.preventDefault();
    const at = area.selectionStart;
    access.apply(area.value.slice(0, at) + link + area.value.slice(at), at + link.length);
  };

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
        <SaveStatusText source={autosave.status} onRetry={() => void autosave.flush()} />
      </div>
      {conflict && (
        <ConflictChoice
          onChoose={(choice) => {
            const mine = textRef.current;
            baseRef.current = conflict.revision ?? '';
            setConflict(null);
            if (choice === 'mine') void autosave.flush();
            else access.apply(choice === 'theirs' ? conflict.text : keepBoth(mine, conflict.text));
          }}
        />
      )}
      <TakeawayNudge talk={talk} timeZone={event.timeZone} notes={snapshot} onAdd={(takeaway) => access.apply(appendTakeaway(textRef.current, takeaway))} />
      {!previewing && <QuickInsertBar onInsert={insertQuick} timeKnown={minutesIn() !== null} />}
      {!previewing && wide && (
        <button type="button" class="small beside-toggle" aria-pressed={besideChosen} onClick={toggleBeside}>
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
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onInput={(e) => {
              textRef.current = e.currentTarget.value;
              autosave.change(textRef.current);
            }}
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
        {previewing && <NotesPreview text={previewText} photoUrls={photos.urls} blog={blog} />}
      </div>
    </main>
  );
}
