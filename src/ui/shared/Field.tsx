import type { JSX } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { parseList } from '../../model/export-settings';
import { useFocusOnMount } from './focus';

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onInput'>;

/** Props of a labelled text input with its own error message. */
export interface FieldProps extends InputProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: string;
}

/** A visible label, an input, an optional hint and the field's error, wired up for screen readers. */
export function Field({ label, value, onValue, error, hint, autoFocus, ...input }: FieldProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useFocusOnMount(ref, Boolean(autoFocus));
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        {...input}
        ref={ref}
        id={id}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Comma-separated tags, kept as typed while editing so "aws, " keeps its comma. */
export function TagsField({ tags, onTags, label = 'Tags' }: { tags: string[]; onTags: (tags: string[]) => void; label?: string }) {
  const [text, setText] = useState(tags.join(', '));
  return (
    <Field
      label={label}
      hint="Separate with commas."
      value={text}
      onValue={(typed) => {
        setText(typed);
        onTags(parseList(typed));
      }}
    />
  );
}
