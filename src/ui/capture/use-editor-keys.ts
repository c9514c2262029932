// Keys and pastes that edit the notes beyond typing: quick inserts (buttons and shortcuts), lists
// continued on Enter, a pasted address turned into a link.
import { useRef, useState } from 'preact/hooks';
import { linkFromPaste, listSplice, markerAfterBreak, quickInsert, type QuickInsert } from '../../model/editing';
import { minutesIntoTalk } from '../../model/now';
import type { EventRecord, TalkRecord } from '../../model/types';
import type { NotesAccess } from './NotesPhotos';
import { markersAfterFrame } from './marker-after-frame';
import { insertForShortcut } from './QuickInsertBar';

/** The editor's handlers for quick inserts, keys and pastes. */
export interface EditorKeys {
  insertQuick: (kind: QuickInsert) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onPaste: (event: ClipboardEvent) => void;
  /** True when the talk's times say how far into it we are (the time quick insert needs that). */
  timeKnown: boolean;
}

/** The handlers for the textarea in `areaRef`, editing through `access`. */
export function useEditorKeys(talk: TalkRecord, event: EventRecord, areaRef: { current: HTMLTextAreaElement | null }, access: NotesAccess): EditorKeys {
  const minutesIn = () => minutesIntoTalk(talk, Date.now(), event.timeZone);
  const latest = useRef(access);
  latest.current = access;
  const [markers] = useState(() => markersAfterFrame((splice) => latest.current.splice(splice, true)));
  const insertQuick = (kind: QuickInsert) => {
    const area = areaRef.current;
    if (!area) return;
    markers.flush();
    const edit = quickInsert(
      kind,
      { text: access.current().text, start: area.selectionStart, end: area.selectionEnd },
      {
        speaker: talk.speakers[0]?.name ?? '',
        minutesIn: minutesIn(),
      },
    );
    access.apply(edit.text, edit.start, edit.end);
    area.focus();
  };
  return {
    insertQuick,
    timeKnown: minutesIn() !== null,
    onKeyDown: (e) => {
      const area = e.currentTarget as HTMLTextAreaElement;
      // The marker of the Enter before goes in ahead of this key.
      markers.flush();
      const shortcut = insertForShortcut(e);
      if (shortcut) {
        e.preventDefault();
        insertQuick(shortcut);
        return;
      }
      // keyCode 229: Safari's Enter that confirms an input-method conversion (Japanese, Chinese…).
      if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.keyCode === 229) return;
      const splice = listSplice({ text: area.value, start: area.selectionStart, end: area.selectionEnd });
      if (!splice) return;
      const marker = markerAfterBreak(splice);
      if (marker === null) {
        e.preventDefault();
        access.splice(splice);
        return;
      }
      // The browser's Enter types the line break (see marker-after-frame.ts). Setting the caret
      // where it is ends the browser's run of typing, so Ctrl+Z takes back the line break and
      // marker alone, not the words typed before them.
      area.setSelectionRange(splice.from, splice.to);
      markers.afterBreak(area, marker);
    },
    onPaste: (e) => {
      markers.flush();
      const area = e.currentTarget as HTMLTextAreaElement;
      const link = linkFromPaste(e.clipboardData?.getData('text/plain') ?? '');
      if (!link || area.selectionStart !== area.selectionEnd) return;
      e.preventDefault();
      access.splice({ from: area.selectionStart, to: area.selectionStart, insert: link });
    },
  };
}
