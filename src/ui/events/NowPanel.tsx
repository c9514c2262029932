import { useEffect, useState } from 'preact/hooks';
import { eventDays } from '../../model/days';
import { localClock, talksNow } from '../../model/now';
import type { EventRecord, TalkRecord } from '../../model/types';
import { withDB } from '../../app/services';
import { createTalk } from '../../store/talk-store';
import { Link } from '../shared/Link';
import { ErrorNotice } from '../shared/Notice';
import { navigate } from '../router';
import { errorMessage } from '../shared/use-load';

/** The clock, ticking every 30 seconds (enough for agenda times in minutes). */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Home's "Now": the talk on now by the agenda, the next one, and "New talk now" for today's event. */
export function NowPanel({ events, talks }: { events: EventRecord[]; talks: TalkRecord[] }) {
  const now = useNow();
  const [failure, setFailure] = useState('');
  const eventToday = events.find((e) => eventDays(e).includes(localClock(now, e.timeZone).date));
  const zoneOf = (talk: TalkRecord) => events.find((e) => e.id === talk.eventId)?.timeZone ?? '';
  const { now: on, next } = talksNow(talks, now, zoneOf);
  if (!eventToday && !on.length && !next) return null;

  async function startTalk(event: EventRecord) {
    setFailure('');
    const clock = localClock(Date.now(), event.timeZone);
    const time = `${String(Math.floor(clock.minutes / 60)).padStart(2, '0')}:${String(Math.floor(clock.minutes % 60)).padStart(2, '0')}`;
    try {
      const talk = { title: `Talk at ${time}`, speakers: [], date: clock.date, startTime: time, endTime: '', room: '', tags: [] };
      const result = await withDB((db) => createTalk(db, event.id, talk));
      if (result.ok) navigate(`/talks/${result.record.id}`);
      else setFailure(Object.values(result.errors).join(' '));
    } catch (error) {
      setFailure(`The talk was not created: ${errorMessage(error)}`);
    }
  }

  const eventName = (talk: TalkRecord) => events.find((e) => e.id === talk.eventId)?.name ?? '';
  return (
    <section class="now" aria-labelledby="now-title">
      <h2 id="now-title">Now</h2>
      {on.map((talk) => (
        <Link key={talk.id} to={`/talks/${talk.id}`} class="card now-card">
          <span class="card-meta">{`On now · ${talk.startTime} · ${eventName(talk)}`}</span>
          <span class="card-title">{talk.title}</span>
        </Link>
      ))}
      {next && (
        <Link to={`/talks/${next.id}`} class="card">
          <span class="card-meta">{`Next · ${next.startTime} · ${eventName(next)}`}</span>
          <span class="card-title">{next.title}</span>
        </Link>
      )}
      {eventToday && (
        <button type="button" class="primary" onClick={() => void startTalk(eventToday)}>
          New talk now
        </button>
      )}
      {failure && <ErrorNotice>{failure}</ErrorNotice>}
    </section>
  );
}
