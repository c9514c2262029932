// Moving focus to where the person has to act.

/** After a failed submit, focuses the first field marked invalid (once the errors have rendered). */
export function focusFirstError(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
