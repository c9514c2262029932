import type { EventRecord } from '../../model/types';
import { withDB } from '../../app/services';
import { listEvents } from '../../store/event-store';
import { listAllTalks } from '../../store/talk-store';
import { formatDateRange } from '../shared/format';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { NowPanel } from './NowPanel';
import { StorageNudge } from '../settings/StorageNudge';
import { useLoad } from '../shared/use-load';

/** Home: what is on now, every event on this device, and the way to start a new one. */
export default function EventListScreen() {
  const data = useLoad(
    () =>
      withDB(async (db) => {
        const [events, talks] = await Promise.all([listEvents(db), listAllTalks(db)]);
        return { events, talks };
      }),
    [],
  );
  return (
    <Loaded data={data}>
      {({ events, talks }) => (
        <main>
          <StorageNudge hasData={events.length > 0} />
          <NowPanel events={events} talks={talks} />
          <div class="title-row">
            <h1>Your events</h1>
            <Link to="/events/new" class="button primary">
              New event
            </Link>
          </div>
          {events.length === 0 ? (
            <p class="empty">No events yet. Create one for the conference you are at, then add its talks and take notes, even without a network.</p>
          ) : (
            <EventCards events={events} />
          )}
        </main>
      )}
    </Loaded>
  );
}

function EventCards({ events }: { events: EventRecord[] }) {
  return (
    <ul class="cards" aria-label="Events">
      {events.map((event) => (
        <li key={event.id}>
          <Link to={`/events/${event.id}`} class="card">
            <span class="card-title">{event.name}</span>
            <span class="card-meta">{[formatDateRange(event.startDate, event.endDate), event.location].filter(Boolean).join(' · ')}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
