// Enter in a list: the browser's own Enter types the line break, and the list marker ("- ",
// "2. ", "> ") is typed just after the frame that shows the new line.
//
// Why not both at once: Chromium lays out a text area's whole text again for every edit, and it
// types a text holding a line break as two edits, so typing "\n- " in one go made Enter in a long
// note cost 1.2–1.7× a plain Enter before anything showed. This way the new line shows as fast as
// in any text area, and the marker's edit runs while the person looks at it.
import type { Splice } from '../../model/editing';
import { afterNextFrame } from '../shared/after-frame';

/** The markers of one text area, each typed after the frame that shows its line break. */
export interface MarkersAfterFrame {
  /**
   * Called on Enter's keydown when it continues a list: once the browser has typed the line
   * break, `marker` follows it after the next frame (or sooner, at `flush`).
   */
  afterBreak(area: HTMLTextAreaElement, marker: string): void;
  /** Types a waiting marker now: before any other key, paste or quick insert acts on the text. */
  flush(): void;
}

// Past this, the marker goes in even with no frame drawn (a page hidden just after Enter draws none).
const LATEST_MS = 100;

/**
 * Markers for the editor; `splice` types one as part of the typing before it (the line break),
 * so that one Ctrl+Z takes back both.
 */
export function markersAfterFrame(splice: (splice: Splice) => void): MarkersAfterFrame {
  // Types the waiting marker, if any.
  let waiting: (() => void) | null = null;
  const flush = () => {
    const type = waiting;
    waiting = null;
    type?.();
  };
  return {
    afterBreak(area, marker) {
      flush();
      // Where the caret was just after the browser typed the line break; 0 until it has.
      let at = 0;
      const onInput = (event: Event) => {
        if (!/^insert(LineBreak|Paragraph)$/.test((event as InputEvent).inputType)) return;
        at = area.selectionStart;
        area.removeEventListener('input', onInput);
        afterNextFrame(() => waiting === type && flush());
      };
      const type = () => {
        area.removeEventListener('input', onInput);
        // No line break typed (the browser did something else with the key), or the text changed
        // under it (another version chosen): the marker has no place.
        if (at && area.value[at - 1] === '\n') splice({ from: at, to: at, insert: marker });
      };
      area.addEventListener('input', onInput);
      setTimeout(() => waiting === type && flush(), LATEST_MS);
      waiting = type;
    },
    flush,
  };
}
