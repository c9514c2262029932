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

/**
 * Replaces the characters from `from` to `to` with `text` as typing does (undoable, heard through
 * the input event the command fires), with no copy or comparison of the whole text: an undo step
 * of its own, or with `joinTyping` part of the typing before it when the selection is already
 * there. False when the command is missing or did something else; the caller then replaces the text.
 */
export function spliceUndoably(area: HTMLTextAreaElement, from: number, to: number, text: string, joinTyping = false): boolean {
  if (document.activeElement !== area) return false;
  const length = area.textLength - (to - from) + text.length;
  // Set even where it already is (unless joining the typing): a change of selection ends the
  // browser's run of typing, so this edit is an undo step of its own.
  if (!joinTyping || area.selectionStart !== from || area.selectionEnd !== to) area.setSelectionRange(from, to);
  // execCommand is the one way to edit a text field that the undo history records. Nothing to
  // type (a list's marker taken away) is a delete: inserting "" over the selection lays out twice.
  return document.execCommand(text ? 'insertText' : 'delete', false, text) && area.textLength === length && area.selectionEnd === from + text.length;
}
