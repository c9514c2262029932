import { useState } from 'preact/hooks';
import { groupTalksByDay, type DayGroup } from '../../model/days';
import type { EventRecord } from '../../model/types';
import { formatSpeakers } from '../../model/speakers';
import { withDB } from '../../app/services';
import { deleteEvent, getEvent } from '../../store/event-store';
import { listTalks } from '../../store/talk-store';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { dayTitle, formatDateRange, formatTimes } from '../shared/format';
import { ExternalLink, Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { ErrorNotice } from '../shared/Notice';
import { navigate } from '../router';
import { errorMessage, useLoad } from '../shared/use-load';
import { EVENT_MISSING } from '../../store/results';

// From this many talks a day (an imported agenda), cards off screen are left to the browser to draw when scrolled to.
const LONG_DAY = 40;

/** One event: its details and its talks, day by day in time order. */
export default function EventScreen({ eventId }: { eventId: string }) {
  const data = useLoad(
    () =>
      withDB(async (db) => {
        const [event, talks] = await Promise.all([getEvent(db, eventId), listTalks(db, eventId)]);
        if (!event) throw new Error(EVENT_MISSING);
        return { event, days: groupTalksByDay(event, talks), talkCount: talks.length };
      }),
    [eventId],
  );
  return <Loaded data={data}>{(value) => <EventView {...value} />}</Loaded>;
}

function EventView({ event, days, talkCount }: { event: EventRecord; days: DayGroup[]; talkCount: number }) {
  const eventId = event.id;
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState('');

  async function remove() {
    setConfirming(false);
    try {
      await withDB((db) => deleteEvent(db, eventId));
      navigate('/', { replace: true });
    } catch (error) {
      setFailure(`The event was not deleted: ${errorMessage(error)}`);
    }
  }

  return (
    <main>
      <Link to="/" class="back">
        All events
      </Link>
      <h1>{event.name}</h1>
      <p class="meta">
        {[formatDateRange(event.startDate, event.endDate), event.location].filter(Boolean).join(' · ')}
        {event.link && (
          <>
            {' · '}
            <ExternalLink href={event.link}>Event website</ExternalLink>
          </>
        )}
      </p>
      <div class="actions">
        <Link to={`/events/${eventId}/talks/new`} class="button primary">
          Add talk
        </Link>
        <Link to={`/events/${eventId}/export`} class="button">
          Export
        </Link>
        <Link to={`/events/${eventId}/follow-ups`} class="button">
          Follow-ups
        </Link>
        <Link to={`/events/${eventId}/import`} class="button">
          Import agenda
        </Link>
        <Link to={`/events/${eventId}/edit`} class="button">
          Edit event
        </Link>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete event
        </button>
      </div>
      {failure && <ErrorNotice>{failure}</ErrorNotice>}
      {days.length === 0 && <p class="empty">No talks yet. Add the first one with "Add talk".</p>}
      {days.map((day) => {
        const title = dayTitle(day);
        return (
          <section key={day.date} class="day" aria-label={title}>
            <div class="title-row">
              <h2>{title}</h2>
              {day.date && (
                <Link to={`/events/${eventId}/talks/new?date=${day.date}`} class="button small" aria-label={`Add talk to ${title}`}>
                  Add talk
                </Link>
              )}
            </div>
            {day.talks.length === 0 ? (
              <p class="empty">No talks on this day yet.</p>
            ) : (
              <ul class={day.talks.length > LONG_DAY ? 'cards long' : 'cards'}>
                {day.talks.map((talk) => (
                  <li key={talk.id}>
                    <Link to={`/talks/${talk.id}`} class={talk.service ? 'card service' : 'card'}>
                      <span class="card-title">{talk.title}</span>
                      <span class="card-meta">
                        {[talk.service ? 'Break' : '', formatTimes(talk.startTime, talk.endTime), formatSpeakers(talk.speakers), talk.room]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {confirming && (
        <ConfirmDialog
          title={`Delete "${event.name}"?`}
          message={`This deletes the event, its ${talkCount} ${talkCount === 1 ? 'talk' : 'talks'} and all their notes from this device. It cannot be undone.`}
          confirmLabel="Delete event"
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
    </main>
  );
}
