import { getDB } from '../store/db';
import { listEvents } from '../store/event-store';
import { formatDateRange } from './format';
import { Link } from './Link';
import { ErrorNotice, Loading } from './Notice';
import { useLoad } from './use-load';

/** Home: every event on this device, and the way to start a new one. */
export function EventListScreen() {
  const events = useLoad(async () => listEvents(await getDB()), []);
  return (
    <main>
      <div class="title-row">
        <h1>Your events</h1>
        <Link to="/events/new" class="button primary">
          New event
        </Link>
      </div>
      {events.state === 'loading' && <Loading />}
      {events.state === 'error' && (
        <ErrorNotice onRetry={events.reload}>Could not read your events: {events.message}</ErrorNotice>
      )}
      {events.state === 'ready' &&
        (events.value.length === 0 ? (
          <p class="empty">
            No events yet. Create one for the conference you are at, then add its talks and take notes, even
            without a network.
          </p>
        ) : (
          <ul class="cards">
            {events.value.map((event) => (
              <li key={event.id}>
                <Link to={`/events/${event.id}`} class="card">
                  <span class="card-title">{event.name}</span>
                  <span class="card-meta">
                    {[formatDateRange(event.startDate, event.endDate), event.location].filter(Boolean).join(' · ')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </main>
  );
}
