// Agenda import, loaded only when opened (it brings ical.js): a file or pasted text → a preview of
// what will change → one transaction. A bad file changes nothing and says what is wrong.
import { useState } from 'preact/hooks';
import { MAX_AGENDA_BYTES, type AgendaResult } from '../import/agenda';
import { parseIcs } from '../import/ics';
import { parseAgendaText } from '../import/plain-text';
import { planImport, type ImportPlan } from '../import/plan';
import { parseSessionize } from '../import/sessionize';
import type { EventRecord, TalkRecord } from '../model/types';
import { getDB } from '../store/db';
import { getEvent } from '../store/event-store';
import { applyImport } from '../store/import-store';
import { listTalks } from '../store/talk-store';
import { deviceTimeZone, todayLocal } from './format';
import { Link } from './Link';
import { Loaded } from './Loaded';
import { ErrorNotice } from './Notice';
import { navigate } from './router';
import { errorMessage, useLoad } from './use-load';

/** Import agenda: .ics, Sessionize JSON, or pasted lines, into an event. */
export default function ImportScreen({ eventId }: { eventId: string }) {
  const data = useLoad(async () => {
    const db = await getDB();
    const [event, talks] = await Promise.all([getEvent(db, eventId), listTalks(db, eventId)]);
    if (!event) throw new Error('This event does not exist on this device; it may have been deleted.');
    return { event, talks };
  }, [eventId]);
  return <Loaded data={data}>{({ event, talks }) => <Importer event={event} talks={talks} />}</Loaded>;
}

function read(name: string, text: string, event: EventRecord): AgendaResult {
  const zone = event.timeZone || deviceTimeZone();
  if (/\.json$/i.test(name) || text.trimStart().startsWith('{') || text.trimStart().startsWith('[')) return parseSessionize(text);
  if (/\.ics$/i.test(name) || text.includes('BEGIN:VCALENDAR')) return parseIcs(text, zone);
  return parseAgendaText(text, event.startDate || todayLocal());
}

function Importer({ event, talks }: { event: EventRecord; talks: TalkRecord[] }) {
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  const load = (name: string, text: string) => {
    setFailure('');
    const agenda = read(name, text, event);
    setPlan(agenda.ok ? planImport(event, talks, agenda.items) : agenda);
  };

  const onFile = async (file: File | undefined) => {
    setPlan(null); // the last file's preview (and its Import button) goes before this one is read
    if (!file) return;
    if (file.size > MAX_AGENDA_BYTES) {
      setPlan({ ok: false, error: `${file.name} is ${Math.round(file.size / 1e6)} MB; an agenda file can be at most 5 MB.` });
      return;
    }
    try {
      load(file.name, await file.text());
    } catch (error) {
      setPlan({ ok: false, error: `${file.name} could not be read: ${errorMessage(error)}` });
    }
  };

  const apply = async (ready: Extract<ImportPlan, { ok: true }>) => {
    setBusy(true);
    setFailure('');
    try {
      await applyImport(await getDB(), event.id, ready);
      navigate(`/events/${event.id}`, { replace: true });
    } catch (error) {
      setFailure(`Nothing was imported: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const count = (status: 'new' | 'update' | 'unchanged') => (plan?.ok ? plan.rows.filter((r) => r.status === status).length : 0);
  return (
    <main>
      <Link to={`/events/${event.id}`} class="back">
        {event.name}
      </Link>
      <h1>Import agenda</h1>
      <p class="meta">
        From an .ics file (Sched, pretalx and most conference sites offer one), a Sessionize JSON export, or text pasted a
        session a line. You see what will change before anything is saved; importing again updates the same talks.
      </p>
      <label class="button file-button">
        <input type="file" accept=".ics,.json,.txt,text/calendar,application/json,text/plain" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
        Agenda file (.ics or .json)
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          load('', pasted);
        }}
      >
        <div class="field">
          <label for="pasted-agenda">Or paste the agenda</label>
          <p class="hint" id="pasted-hint">
            One session a line: 10:30 Title — Speaker @ Room. A line with a date (2017-04-19) starts that day.
          </p>
          <textarea id="pasted-agenda" aria-describedby="pasted-hint" rows={6} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        </div>
        <button type="submit">Read pasted agenda</button>
      </form>
      {plan && !plan.ok && <ErrorNotice>{plan.error}</ErrorNotice>}
      {plan?.ok && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">What will change</h2>
          <p role="status">
            {`${count('new')} new, ${count('update')} updated, ${count('unchanged')} unchanged.`}
            {plan.eventDates &&
              ` The event's dates become ${plan.eventDates.startDate}${plan.eventDates.endDate ? ` to ${plan.eventDates.endDate}` : ''}.`}
          </p>
          <ul class="cards" aria-label="Sessions">
            {plan.rows.map((row) => (
              <li key={row.item.key} class="card">
                <span class="card-title">{row.input.title}</span>
                <span class="card-meta">
                  {[
                    { new: 'New', update: 'Updated', unchanged: 'Unchanged' }[row.status],
                    row.input.date,
                    row.input.endTime ? `${row.input.startTime}–${row.input.endTime}` : row.input.startTime,
                    row.input.speakers.map((s) => s.name).join(', '),
                    row.input.room,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
          {failure && <ErrorNotice>{failure}</ErrorNotice>}
          <div class="actions">
            <button type="button" class="primary" disabled={busy || count('new') + count('update') === 0} onClick={() => void apply(plan)}>
              {`Import ${count('new') + count('update')} talks`}
            </button>
            <Link to={`/events/${event.id}`} class="button">
              Cancel
            </Link>
          </div>
        </section>
      )}
    </main>
  );
}
