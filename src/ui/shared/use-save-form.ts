// Submitting a record form: field errors from the store, a form-level failure, a busy flag.
import { useState } from 'preact/hooks';
import type { FieldErrors } from '../../model/validate';
import type { SaveResult } from '../../store/results';
import { focusFirstError } from './focus';
import { errorMessage } from './use-load';

/** State and submit handler of a form that saves one record through the store. */
export function useSaveForm<R, I>(save: () => Promise<SaveResult<R, I>>, onSaved: (record: R) => void, what: string) {
  const [errors, setErrors] = useState<FieldErrors<I>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement; // gone from the event once we await
    setBusy(true);
    setFailure('');
    try {
      const result = await save();
      if (result.ok) return onSaved(result.record);
      setErrors(result.errors);
      focusFirstError(form);
    } catch (error) {
      setFailure(`The ${what} was not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return { errors, failure, setFailure, busy, submit };
}
