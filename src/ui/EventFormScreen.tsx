import { useId, useState } from 'preact/hooks';
import type { EventInput } from '../model/types';
import type { FieldErrors } from '../model/validate';
import { getDB } from '../store/db';
import { createEvent, getEvent, updateEvent } from '../store/event-store';
import { Field } from './Field';
import { focusFirstError } from './focus';
import { deviceTimeZone, timeZoneNames } from './format';
import { Link } from './Link';
import { ErrorNotice, Loading } from './Notice';
import { navigate } from './router';
import { errorMessage, useLoad } from './use-load';

const EMPTY: EventInput = { name: '', location: '', startDate: '', endDate: '', link: '', timeZone: '' };

/** "New event" and "Edit event": the event's name, place, dates and link. */
export function EventFormScreen({ eventId }: { eventId?: string }) {
  const existing = useLoad(async () => {
    if (!eventId) return EMPTY;
    const event = await getEvent(await getDB(), eventId);
    if (!event) throw new Error('This event does not exist on this device; it may have been deleted.');
    return event;
  }, [eventId]);
  if (existing.state === 'loading') return <Loading />;
  if (existing.state === 'error') return <ErrorNotice onRetry={existing.reload}>{existing.message}</ErrorNotice>;
  const { name, location, startDate, endDate, link, timeZone } = existing.value;
  return <EventForm eventId={eventId} initial={{ name, location, startDate, endDate, link, timeZone }} />;
}

function EventForm({ eventId, initial }: { eventId: string | undefined; initial: EventInput }) {
  const [input, setInput] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<EventInput>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const zonesId = useId();
  const set = (key: keyof EventInput) => (value: string) => setInput((prev) => ({ ...prev, [key]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    setBusy(true);
    setFailure('');
    try {
      const db = await getDB();
      const result = eventId ? await updateEvent(db, eventId, input) : await createEvent(db, input);
      if (result.ok) return navigate(`/events/${result.record.id}`, { replace: true });
      setErrors(result.errors);
      focusFirstError(form);
    } catch (error) {
      setFailure(`The event was not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main>
      <h1>{eventId ? 'Edit event' : 'New event'}</h1>
      <form onSubmit={submit} noValidate>
        <Field label="Name" value={input.name} onValue={set('name')} error={errors.name} required autoFocus={!eventId} />
        <Field label="Location" value={input.location} onValue={set('location')} error={errors.location} />
        <div class="field-row">
          <Field label="Start date" type="date" value={input.startDate} onValue={set('startDate')} error={errors.startDate} />
          <Field label="End date" type="date" value={input.endDate} onValue={set('endDate')} error={errors.endDate} />
        </div>
        <Field
          label="Link"
          inputMode="url"
          autoComplete="url"
          placeholder="https://example.com/summit"
          value={input.link}
          onValue={set('link')}
          error={errors.link}
        />
        <Field
          label="Time zone"
          hint={`Of the venue, for post dates; empty means this device's (${deviceTimeZone()}).`}
          list={zonesId}
          autoComplete="off"
          placeholder={deviceTimeZone()}
          value={input.timeZone}
          onValue={set('timeZone')}
          error={errors.timeZone}
        />
        <datalist id={zonesId}>
          {timeZoneNames().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        {failure && <ErrorNotice>{failure}</ErrorNotice>}
        <div class="actions">
          <Link to={eventId ? `/events/${eventId}` : '/'} class="button">
            Cancel
          </Link>
          <button type="submit" class="primary" disabled={busy}>
            {eventId ? 'Save event' : 'Create event'}
          </button>
        </div>
      </form>
    </main>
  );
}
