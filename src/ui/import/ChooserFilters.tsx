// The chooser's filter for a big agenda: day, room, track and words; every keystroke filters at once.
import type { ChooserFilter } from '../../import/chooser';
import { formatDay } from '../shared/format';

/** Filters by day, room, track (where the agenda has them) and words in the title, speakers or room. */
export function ChooserFilters({
  filter,
  onFilter,
  options,
  shown,
}: {
  filter: ChooserFilter;
  onFilter: (filter: ChooserFilter) => void;
  options: { days: string[]; rooms: string[]; tracks: string[] };
  shown: number;
}) {
  const set = (key: keyof ChooserFilter) => (e: Event) => onFilter({ ...filter, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const select = (key: 'day' | 'room' | 'track', label: string, any: string, values: string[], show = (v: string) => v) =>
    values.length > 1 && (
      <div class="field">
        <label for={`chooser-${key}`}>{label}</label>
        <select id={`chooser-${key}`} value={filter[key]} onChange={set(key)}>
          <option value="">{any}</option>
          {values.map((v) => (
            <option key={v} value={v}>
              {show(v)}
            </option>
          ))}
        </select>
      </div>
    );
  return (
    <fieldset class="chooser">
      <legend>Choose sessions</legend>
      <div class="field">
        <label for="chooser-text">Find sessions</label>
        <input
          id="chooser-text"
          type="search"
          value={filter.text}
          onInput={set('text')}
          placeholder="Title, speaker or room"
          aria-describedby="chooser-shown"
        />
      </div>
      <div class="chooser-selects">
        {select('day', 'Day', 'Every day', options.days, formatDay)}
        {select('room', 'Room', 'Every room', options.rooms)}
        {select('track', 'Track', 'Every track', options.tracks)}
      </div>
      <p class="hint" id="chooser-shown" aria-live="polite">{`${shown} shown.`}</p>
    </fieldset>
  );
}
