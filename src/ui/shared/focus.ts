// Moving focus to where the person has to act.
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Focuses an element when its screen opens. The autofocus attribute only works on a page load,
 * and screens here open without one.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement>, enabled = true): void {
  // Before the first paint: focus must not move after the person has started tapping elsewhere.
  useLayoutEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
}

/** After a failed submit, focuses the first field marked invalid (once the errors have rendered). */
export function focusFirstError(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * Puts the cursor at the start of a 1-based line (nothing selected, so typing replaces nothing) and
 * scrolls it into view; without a line (0), at the end of the text, where notes go on.
 */
export function useCursorAtLine(ref: RefObject<HTMLTextAreaElement>, line: number): void {
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    if (line < 1) {
      // A focused text area's cursor starts at its beginning: typing (or a photo) would go on top.
      area.setSelectionRange(area.value.length, area.value.length);
      area.scrollTop = area.scrollHeight;
      return;
    }
    const lines = area.value.split('\n');
    const at = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(at, at);
    // Scroll so the line is in view: its share of the text's height.
    area.scrollTop = Math.max(0, (area.scrollHeight * (line - 1)) / Math.max(lines.length, 1) - area.clientHeight / 3);
  }, []);
}
