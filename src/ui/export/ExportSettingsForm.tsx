import { useId } from 'preact/hooks';
import { eventDays } from '../../model/days';
import { checkExtraFields, DEFAULT_TITLES, type ExportSettings } from '../../model/export-settings';
import type { EventRecord } from '../../model/types';
import { Field, TagsField } from '../shared/Field';
import { dayTitle } from '../shared/format';

/** Props of the export settings form. */
export interface ExportSettingsFormProps {
  event: EventRecord;
  settings: ExportSettings;
  onChange: (change: Partial<ExportSettings>) => void;
}

/** Target, grouping, front matter and intros of an export; every change applies at once. */
export function ExportSettingsForm({ event, settings, onChange }: ExportSettingsFormProps) {
  const extraProblems = checkExtraFields(settings.extra);
  const jekyll = settings.target === 'jekyll';
  return (
    <form class="export-form" onSubmit={(e) => e.preventDefault()}>
      <Choice
        legend="Blog"
        value={settings.target}
        options={[
          ['jekyll', 'Jekyll'],
          ['hugo', 'Hugo'],
        ]}
        onChange={(target) => onChange({ target })}
      />
      {!jekyll && (
        <Choice
          legend="Hugo files"
          value={settings.hugoLayout}
          options={[
            ['bundle', 'Page bundle (posts/<slug>/index.md)'],
            ['file', 'Single file (posts/<slug>.md)'],
          ]}
          onChange={(hugoLayout) => onChange({ hugoLayout })}
        />
      )}
      <Choice
        legend="Posts"
        value={settings.grouping}
        options={[
          ['day', 'One post per day'],
          ['talk', 'One post per talk'],
          ['event', 'One post for the whole event'],
        ]}
        onChange={(grouping) => onChange({ grouping })}
      />
      <label class="check">
        <input type="checkbox" checked={settings.includePrivate} onChange={(e) => onChange({ includePrivate: e.currentTarget.checked })} />
        Include action items and private asides
      </label>
      <fieldset>
        <legend>Front matter</legend>
        <Field
          label="Title"
          hint="Use {event}, {day}, {date}, {talk} and {speakers}."
          placeholder={DEFAULT_TITLES[settings.grouping]}
          value={settings.titleTemplate}
          onValue={(titleTemplate) => onChange({ titleTemplate })}
        />
        <Field label="Layout" placeholder={jekyll ? 'post' : 'none'} value={settings.layout} onValue={(layout) => onChange({ layout })} />
        <TagsField label="Tags" tags={settings.tags} onTags={(tags) => onChange({ tags })} />
        <TagsField label="Categories" tags={settings.categories} onTags={(categories) => onChange({ categories })} />
        <Field label="Author" value={settings.author} onValue={(author) => onChange({ author })} />
        <Field label="Description" value={settings.description} onValue={(description) => onChange({ description })} />
        <label class="check">
          <input type="checkbox" checked={settings.comments} onChange={(e) => onChange({ comments: e.currentTarget.checked })} />
          Allow comments (comments: true)
        </label>
        {settings.extra.map((field, i) => (
          <div class="field-row extra-row" key={i}>
            <Field
              label={`Extra key ${i + 1}`}
              value={field.key}
              error={extraProblems[i]}
              onValue={(key) => onChange({ extra: settings.extra.map((f, j) => (j === i ? { ...f, key } : f)) })}
            />
            <Field
              label={`Extra value ${i + 1}`}
              value={field.value}
              onValue={(value) => onChange({ extra: settings.extra.map((f, j) => (j === i ? { ...f, value } : f)) })}
            />
            <button type="button" class="small" onClick={() => onChange({ extra: settings.extra.filter((_, j) => j !== i) })}>
              {`Remove extra field ${i + 1}`}
            </button>
          </div>
        ))}
        <button type="button" class="small" onClick={() => onChange({ extra: [...settings.extra, { key: '', value: '' }] })}>
          Add front matter field
        </button>
      </fieldset>
      <fieldset>
        <legend>Intros</legend>
        <TextArea label="Intro at the top of every post" value={settings.intro} onValue={(intro) => onChange({ intro })} />
        {settings.grouping !== 'talk' &&
          eventDays(event).map((date, i) => (
            <TextArea
              key={date}
              label={`Intro for ${dayTitle({ date, dayNumber: i + 1 })}`}
              value={settings.dayIntros[date] ?? ''}
              onValue={(text) => onChange({ dayIntros: { ...settings.dayIntros, [date]: text } })}
            />
          ))}
      </fieldset>
    </form>
  );
}

function Choice<T extends string>(props: { legend: string; value: T; options: [T, string][]; onChange: (value: T) => void }) {
  const name = useId();
  return (
    <fieldset class="choice">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} class="check">
          <input type="radio" name={name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function TextArea({ label, value, onValue }: { label: string; value: string; onValue: (v: string) => void }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={3} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
    </div>
  );
}
