// Agenda import, loaded only when opened: a file or pasted text → a preview of what will change
// (and, for a big agenda, a chooser) → one transaction. A file that is no agenda changes nothing
// and says what is wrong; each reader (ical.js, the XML parser) loads only for its kind of file.
import { useState } from 'preact/hooks';
import type { Agenda } from '../../import/agenda';
import { MAX_AGENDA_BYTES } from '../../import/agenda';
import { readAgenda } from '../../import/read-agenda';
import type { EventRecord, TalkRecord } from '../../model/types';
import { withDB } from '../../app/services';
import { getEvent } from '../../store/event-store';
import { listTalks } from '../../store/talk-store';
import { deviceTimeZone, todayLocal } from '../shared/format';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { ErrorNotice } from '../shared/Notice';
import { errorMessage, useLoad } from '../shared/use-load';
import { ImportReview } from './ImportReview';
import { EVENT_MISSING } from '../../store/results';

/** Import agenda: an agenda file or pasted lines, into an event. */
export default function ImportScreen({ eventId }: { eventId: string }) {
  const data = useLoad(
    () =>
      withDB(async (db) => {
        const [event, talks] = await Promise.all([getEvent(db, eventId), listTalks(db, eventId)]);
        if (!event) throw new Error(EVENT_MISSING);
        return { event, talks };
      }),
    [eventId],
  );
  return <Loaded data={data}>{({ event, talks }) => <Importer event={event} talks={talks} />}</Loaded>;
}

type Reading = { state: 'idle' } | { state: 'reading' } | { state: 'read'; agenda: Agenda; serial: number } | { state: 'failed'; error: string };

// Each agenda read gets a fresh preview (its own ticks and filter), even when the same file is read again.
let reads = 0;

function Importer({ event, talks }: { event: EventRecord; talks: TalkRecord[] }) {
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [pasted, setPasted] = useState('');

  const read = async (name: string, text: () => Promise<string>) => {
    const serial = ++reads;
    // Only the latest read shows: a slow earlier one (its reader still loading) must not replace it.
    const show = (next: Reading) => serial === reads && setReading(next);
    setReading({ state: 'reading' }); // the last file's preview (and its Import button) goes first
    try {
      const options = { timeZone: event.timeZone, deviceTimeZone: deviceTimeZone(), firstDay: event.startDate || todayLocal() };
      const result = await readAgenda(name, await text(), options);
      show(result.ok ? { state: 'read', agenda: result, serial } : { state: 'failed', error: result.error });
    } catch (error) {
      show({ state: 'failed', error: `${name || 'The text'} could not be read: ${errorMessage(error)}` });
    }
  };

  // Refused before reading: a read still running for an earlier file must not replace this message.
  const refuse = (error: string) => {
    reads++;
    setReading({ state: 'failed', error });
  };

  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // so that picking the same file again (after the organisers changed it) reads it again
    if (!file) return;
    if (file.size > MAX_AGENDA_BYTES) {
      refuse(`${file.name} is ${Math.round(file.size / 1e6)} MB; an agenda file can be at most 5 MB.`);
      return;
    }
    void read(file.name, () => file.text());
  };

  const onPaste = () => {
    if (pasted.length > MAX_AGENDA_BYTES) {
      refuse(`The pasted text is ${Math.round(pasted.length / 1e6)} MB; an agenda can be at most 5 MB.`);
      return;
    }
    void read('', async () => pasted);
  };

  return (
    <main>
      <Link to={`/events/${event.id}`} class="back">
        {event.name}
      </Link>
      <h1>Import agenda</h1>
      <p class="meta">
        From the agenda file the conference publishes: an .ics calendar (pretalx, frab, Pentabarf, Sched, Sessionize and most conference sites offer one), a
        Sessionize JSON export, or a frab schedule.json or schedule.xml (FOSDEM, CCC). You see what will change before anything is saved; importing again
        updates the same talks.
      </p>
      <label class="button file-button">
        <input
          type="file"
          accept=".ics,.ical,.json,.xml,.txt,text/calendar,application/json,application/xml,text/xml,text/plain"
          onChange={(e) => onFile(e.currentTarget)}
        />
        Agenda file (.ics, .json or .xml)
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPaste();
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
      {reading.state === 'reading' && (
        <p class="loading" role="status">
          Reading the agenda…
        </p>
      )}
      {reading.state === 'failed' && <ErrorNotice>{reading.error}</ErrorNotice>}
      {reading.state === 'read' && <ImportReview key={reading.serial} event={event} talks={talks} agenda={reading.agenda} />}
    </main>
  );
}
