import { useId } from 'preact/hooks';
import type { Speaker } from '../../model/types';

/** Props of the list of speakers in the talk form. */
export interface SpeakersFieldProps {
  speakers: Speaker[];
  onChange: (speakers: Speaker[]) => void;
  error?: string | undefined;
}

/** Several speakers, each a name plus an optional role or handle; rows can be added and removed. */
export function SpeakersField({ speakers, onChange, error }: SpeakersFieldProps) {
  const errorId = useId();
  const update = (index: number, change: Partial<Speaker>) => onChange(speakers.map((s, i) => (i === index ? { ...s, ...change } : s)));
  return (
    <fieldset class="speakers">
      <legend>Speakers</legend>
      {speakers.map((speaker, i) => {
        const n = speakers.length > 1 ? ` ${i + 1}` : '';
        return (
          <div class="speaker-row" key={i}>
            <label>
              <span>{`Speaker${n} name`}</span>
              <input
                value={speaker.name}
                autoComplete="off"
                // The only speaker error is a role without a name: mark that name field.
                aria-invalid={error && !speaker.name.trim() && speaker.role.trim() ? 'true' : undefined}
                aria-describedby={error ? errorId : undefined}
                onInput={(e) => update(i, { name: e.currentTarget.value })}
              />
            </label>
            <label>
              <span>{`Speaker${n} role or handle`}</span>
              <input
                value={speaker.role}
                autoComplete="off"
                placeholder="Solutions Architect, @handle"
                onInput={(e) => update(i, { role: e.currentTarget.value })}
              />
            </label>
            {speakers.length > 1 && (
              <button type="button" class="small" onClick={() => onChange(speakers.filter((_, j) => j !== i))}>
                {`Remove speaker${n}`}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" class="small" onClick={() => onChange([...speakers, { name: '', role: '' }])}>
        Add speaker
      </button>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
