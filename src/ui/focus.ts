// Moving focus to where the person has to act.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * Focuses an element when its screen opens. The autofocus attribute only works on a page load,
 * and screens here open without one.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement>, enabled = true): void {
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
}

/** After a failed submit, focuses the first field marked invalid (once the errors have rendered). */
export function focusFirstError(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
