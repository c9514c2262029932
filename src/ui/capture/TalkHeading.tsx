import { dayNumber } from '../../model/days';
import { formatSpeakers } from '../../model/speakers';
import type { EventRecord, TalkRecord } from '../../model/types';
import { dayTitle, formatTimes } from '../shared/format';
import { Link } from '../shared/Link';

/** The notes editor's heading: back to the event, the talk's title with "Edit talk", who, when and where. */
export function TalkHeading({ talk, event }: { talk: TalkRecord; event: EventRecord }) {
  const day = talk.date ? dayTitle({ date: talk.date, dayNumber: dayNumber(event, talk.date) }) : '';
  return (
    <>
      <Link to={`/events/${event.id}`} class="back">
        {event.name}
      </Link>
      <div class="title-row">
        <h1>{talk.title}</h1>
        <Link to={`/talks/${talk.id}/edit`} class="button small">
          Edit talk
        </Link>
      </div>
      <p class="meta">{[formatSpeakers(talk.speakers), day, formatTimes(talk.startTime, talk.endTime), talk.room].filter(Boolean).join(' · ')}</p>
    </>
  );
}
