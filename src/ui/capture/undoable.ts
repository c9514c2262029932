// Changing the notes from code without wiping the browser's undo history.

/**
 * Replaces a text area's value with `next` so that Ctrl+Z (or shake to undo) can take it back:
 * only the part that differs is selected and typed over with the editing command browsers keep
 * in their undo history. Where that command is missing, the value is set directly.
 */
export function replaceUndoably(area: HTMLTextAreaElement, next: string): void {
  const current = area.value;
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  const focused = document.activeElement === area;
  if (focused) {
    area.setSelectionRange(start, current.length - end);
    // execCommand is the one way to edit a text field that the undo history records.
    const inserted = document.execCommand('insertText', false, next.slice(start, next.length - end));
    if (inserted && area.value === next) return;
  }
  area.value = next;
}
