import { useState } from 'preact/hooks';
import { compareTalks } from '../model/days';
import { findActionItems, setActionDone } from '../model/private-items';
import type { NoteRecord, TalkRecord } from '../model/types';
import { getDB } from '../store/db';
import { getEvent } from '../store/event-store';
import { listEventNotes, saveNote } from '../store/note-store';
import { listTalks } from '../store/talk-store';
import { Link } from './Link';
import { Loaded } from './Loaded';
import { ErrorNotice } from './Notice';
import { errorMessage, useLoad } from './use-load';

/** Follow-ups: the open action items of every talk of an event, each linked to its talk. */
export default function FollowUpsScreen({ eventId }: { eventId: string }) {
  const data = useLoad(async () => {
    const db = await getDB();
    const [event, talks, notes] = await Promise.all([getEvent(db, eventId), listTalks(db, eventId), listEventNotes(db, eventId)]);
    if (!event) throw new Error('This event does not exist on this device; it may have been deleted.');
    return { event, talks: talks.sort(compareTalks), notes };
  }, [eventId]);
  return (
    <Loaded data={data}>
      {({ event, talks, notes }) => (
        <main>
          <Link to={`/events/${event.id}`} class="back">
            {event.name}
          </Link>
          <h1>Follow-ups</h1>
          <FollowUpList talks={talks} initialNotes={notes} />
        </main>
      )}
    </Loaded>
  );
}

function FollowUpList({ talks, initialNotes }: { talks: TalkRecord[]; initialNotes: NoteRecord[] }) {
  const [notes, setNotes] = useState(() => new Map(initialNotes.map((n) => [n.talkId, n])));
  const [failure, setFailure] = useState('');
  const sections = talks
    .map((talk) => ({ talk, note: notes.get(talk.id), items: findActionItems(notes.get(talk.id)?.text ?? '') }))
    .filter((s) => s.items.some((i) => !i.done));

  async function check(note: NoteRecord, line: number, done: boolean) {
    setFailure('');
    try {
      const saved = await saveNote(await getDB(), note, setActionDone(note.text, line, done));
      setNotes((map) => new Map(map).set(saved.talkId, saved));
    } catch (error) {
      setFailure(`Not saved: ${errorMessage(error)}`);
    }
  }

  if (!sections.length) return <p class="empty">No open action items. Add one in a talk's notes with "To do" (- [ ] …).</p>;
  return (
    <>
      {failure && <ErrorNotice>{failure}</ErrorNotice>}
      {sections.map(({ talk, note, items }) => (
        <section key={talk.id} aria-label={talk.title} class="follow-ups">
          <h2>
            <Link to={`/talks/${talk.id}`}>{talk.title}</Link>
          </h2>
          <ul>
            {items
              .filter((item) => !item.done)
              .map((item) => (
                <li key={item.line}>
                  <label class="check">
                    <input type="checkbox" checked={false} onChange={() => note && void check(note, item.line, true)} />
                    {item.text || '(empty item)'}
                  </label>
                  <Link to={`/talks/${talk.id}?line=${item.line + 1}`} class="small-link" aria-label={`Open in notes: "${item.text}" (${talk.title})`}>
                    Open in notes
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
