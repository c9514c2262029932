import { useId, useState } from 'preact/hooks';
import type { EventInput } from '../../model/types';
import { withDB } from '../../app/services';
import { createEvent, getEvent, updateEvent } from '../../store/event-store';
import { Field, TagsField } from '../shared/Field';
import { deviceTimeZone, timeZoneNames } from '../shared/format';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { ErrorNotice } from '../shared/Notice';
import { navigate } from '../router';
import { useLoad } from '../shared/use-load';
import { useSaveForm } from '../shared/use-save-form';
import { EVENT_MISSING } from '../../store/results';

const EMPTY: EventInput = { name: '', location: '', startDate: '', endDate: '', link: '', timeZone: '', tags: [] };

/** "New event" and "Edit event": the event's name, place, dates and link. */
export default function EventFormScreen({ eventId }: { eventId?: string }) {
  const existing = useLoad(async () => {
    if (!eventId) return EMPTY;
    const event = await withDB((db) => getEvent(db, eventId));
    if (!event) throw new Error(EVENT_MISSING);
    return event;
  }, [eventId]);
  return (
    <Loaded data={existing}>
      {({ name, location, startDate, endDate, link, timeZone, tags }) => (
        <EventForm eventId={eventId} initial={{ name, location, startDate, endDate, link, timeZone, tags }} />
      )}
    </Loaded>
  );
}

function EventForm({ eventId, initial }: { eventId: string | undefined; initial: EventInput }) {
  const [input, setInput] = useState(initial);
  const { errors, failure, busy, submit } = useSaveForm(
    () => withDB((db) => (eventId ? updateEvent(db, eventId, input) : createEvent(db, input))),
    (event) => navigate(`/events/${event.id}`, { replace: true }),
    'event',
  );
  const zonesId = useId();
  const set = (key: keyof EventInput) => (value: string) => setInput((prev) => ({ ...prev, [key]: value }));

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
        <TagsField tags={input.tags} onTags={(tags) => setInput((prev) => ({ ...prev, tags }))} />
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
