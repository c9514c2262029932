// The preview of an agenda read from a file: what the file holds, what was repaired or left out,
// which sessions will be imported (ticked: all of a small agenda; of a large one what you choose),
// and the one button that writes them.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Agenda } from '../../import/agenda';
import { agendaOrder, facets, farOff, filterRows, haystacks, initialChoice, LARGE_AGENDA, NO_FILTER } from '../../import/chooser';
import { planImport, previewImport } from '../../import/plan';
import type { EventRecord, TalkRecord } from '../../model/types';
import { LIMITS } from '../../model/validate';
import { withDB } from '../../app/services';
import { applyImport } from '../../store/import-store';
import { Link } from '../shared/Link';
import { useFocusOnMount } from '../shared/focus';
import { ErrorNotice } from '../shared/Notice';
import { navigate } from '../router';
import { errorMessage } from '../shared/use-load';
import { ChooserFilters } from './ChooserFilters';
import { ImportProblems } from './ImportProblems';
import { SessionList } from './SessionList';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What importing `agenda` into `event` will do, with the sessions to tick and the Import button. */
export function ImportReview({ event, talks, agenda }: { event: EventRecord; talks: TalkRecord[]; agenda: Agenda }) {
  const preview = useMemo(() => previewImport(event, talks, agenda), [event, talks, agenda]);
  const rows = useMemo(() => agendaOrder(preview.rows), [preview]);
  const hay = useMemo(() => haystacks(rows), [rows]);
  const options = useMemo(() => facets(rows), [rows]);
  const far = useMemo(() => {
    if (rows.length > LARGE_AGENDA) return [];
    const keys = farOff(rows, event);
    return rows.filter((r) => keys.has(r.item.key));
  }, [rows, event]);
  const [chosen, setChosen] = useState(() => initialChoice(rows, event));
  const [filter, setFilter] = useState(NO_FILTER);
  const [busy, setBusy] = useState(false);
  // The same element on every render: Preact skips it, so a keystroke in the filter never redraws hundreds of entries.
  const problems = useMemo(() => <ImportProblems agenda={agenda} />, [agenda]);
  const [failure, setFailure] = useState('');
  const large = rows.length > LARGE_AGENDA;
  // The preview opens below the file button and the paste box: take the eye (and a screen reader) to it.
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const shown = useMemo(() => filterRows(rows, hay, filter), [rows, hay, filter]);
  const plan = useMemo(() => planImport(event, preview, chosen), [event, preview, chosen]);

  const counts = useMemo(() => {
    const by = { new: 0, update: 0, unchanged: 0 };
    if (plan.ok) for (const row of plan.rows) by[row.status]++;
    return by;
  }, [plan]);
  const writes = counts.new + counts.update;
  const shownKeys = () => shown.map((i) => rows[i]?.item.key ?? '');
  const total = agenda.items.length + agenda.skipped.length;

  const apply = async () => {
    if (!plan.ok) return;
    setBusy(true);
    setFailure('');
    try {
      await withDB((db) => applyImport(db, event.id, plan));
      navigate(`/events/${event.id}`, { replace: true });
    } catch (error) {
      setFailure(`Nothing was imported: ${errorMessage(error)}`);
      setBusy(false);
    }
  };
  const tick = (keys: string[], on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });

  return (
    <section aria-labelledby="preview-title" class="import-review">
      <h2 id="preview-title" ref={heading} tabIndex={-1}>
        What will change
      </h2>
      <p>
        {`Read as ${agenda.format}: the file holds ${plural(total, 'session')}, in ${agenda.timeZone} time.`}
        {preview.eventZone && ` The event's time zone becomes ${preview.eventZone}, as the file says.`}
        {large && ' That is a big agenda: choose the sessions you will attend (filter, then tick them).'}
      </p>
      {agenda.warnings.map((warning) => (
        <p key={warning} class="hint">
          {warning}
        </p>
      ))}
      {problems}
      {far.length > 0 && (
        <p>
          {`${plural(far.length, 'session is', 'sessions are')} more than ${LIMITS.days} days from the rest, so not ticked: ${far
            .slice(0, 3)
            .map((r) => `"${r.input.title}" (${r.input.date})`)
            .join(', ')}${far.length > 3 ? ' and more' : ''}.`}
        </p>
      )}
      {large && <ChooserFilters filter={filter} onFilter={setFilter} options={options} shown={shown.length} />}
      <p role="status">
        {`${chosen.size} of ${plural(agenda.items.length, 'session')} chosen: ${counts.new} new, ${counts.update} updated, ${counts.unchanged} unchanged.`}
        {plan.ok &&
          plan.eventDates &&
          ` The event's dates become ${plan.eventDates.startDate}${plan.eventDates.endDate ? ` to ${plan.eventDates.endDate}` : ''}.`}
      </p>
      <div class="actions">
        <button type="button" class="small" onClick={() => tick(shownKeys(), true)}>
          {large ? `Tick all ${shown.length} shown` : 'Tick all'}
        </button>
        <button type="button" class="small" onClick={() => tick(shownKeys(), false)}>
          {large ? 'Untick all shown' : 'Untick all'}
        </button>
      </div>
      <SessionList rows={rows} shown={shown} chosen={chosen} onTick={(key, on) => tick([key], on)} />
      {!plan.ok && <ErrorNotice>{plan.error}</ErrorNotice>}
      {failure && <ErrorNotice>{failure}</ErrorNotice>}
      <div class="actions">
        <button type="button" class="primary" disabled={busy || !plan.ok || writes === 0} onClick={() => void apply()}>
          {`Import ${plural(writes, 'talk')}`}
        </button>
        <Link to={`/events/${event.id}`} class="button">
          Cancel
        </Link>
      </div>
    </section>
  );
}
