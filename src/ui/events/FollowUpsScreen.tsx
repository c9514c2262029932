import { useRef, useState } from 'preact/hooks';
import { compareTalks } from '../../model/days';
import { findActionItems } from '../../model/private-items';
import type { NoteRecord, TalkRecord } from '../../model/types';
import { announceSave, withDB } from '../../app/services';
import { getEvent } from '../../store/event-store';
import { listEventNotes, setActionItem } from '../../store/note-store';
import { listTalks } from '../../store/talk-store';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { ErrorNotice } from '../shared/Notice';
import { errorMessage, useLoad } from '../shared/use-load';
import { EVENT_MISSING } from '../../store/results';

/** Follow-ups: the open action items of every talk of an event, each linked to its talk. */
export default function FollowUpsScreen({ eventId }: { eventId: string }) {
  const data = useLoad(
    () =>
      withDB(async (db) => {
        const [event, talks, notes] = await Promise.all([getEvent(db, eventId), listTalks(db, eventId), listEventNotes(db, eventId)]);
        if (!event) throw new Error(EVENT_MISSING);
        return { event, talks: talks.sort(compareTalks), notes };
      }),
    [eventId],
  );
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
  // Items being checked off: their box shows the tick until the save lands and the item leaves
  // (a box forced back to empty meanwhile reads as "not done" and invites a second tap).
  const [checking, setChecking] = useState<ReadonlySet<string>>(new Set());
  const keyOf = (talkId: string, line: number) => `${talkId}:${line}`;
  const sections = talks.map((talk) => ({ talk, items: findActionItems(notes.get(talk.id)?.text ?? '') })).filter((s) => s.items.some((i) => !i.done));

  const list = useRef<HTMLDivElement>(null);
  async function check(talkId: string, item: { line: number; text: string }, position: number) {
    setFailure('');
    const key = keyOf(talkId, item.line);
    setChecking((keys) => new Set(keys).add(key));
    try {
      const saved = await withDB((db) => setActionItem(db, talkId, item, true));
      announceSave(saved.talkId, saved.revision ?? '');
      setNotes((map) => new Map(map).set(saved.talkId, saved));
      // The checked box disappears: keep keyboard focus in the list, on the item that took its place.
      requestAnimationFrame(() => {
        const boxes = list.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
        const next = boxes?.[Math.min(position, boxes.length - 1)];
        (next ?? list.current)?.focus();
      });
    } catch (error) {
      setFailure(`Not saved: ${errorMessage(error)}`);
    } finally {
      setChecking((keys) => {
        const next = new Set(keys);
        next.delete(key);
        return next;
      });
    }
  }

  let position = 0;
  if (!sections.length)
    return (
      <p class="empty" tabIndex={-1}>
        No open action items. Add one in a talk's notes with "To do" (- [ ] …).
      </p>
    );
  return (
    <div ref={list} tabIndex={-1}>
      {failure && <ErrorNotice>{failure}</ErrorNotice>}
      {sections.map(({ talk, items }) => (
        <section key={talk.id} aria-label={talk.title} class="follow-ups">
          <h2>
            <Link to={`/talks/${talk.id}`}>{talk.title}</Link>
          </h2>
          <ul>
            {items
              .filter((item) => !item.done)
              .map((item) => {
                const at = position++;
                return (
                  <li key={item.line}>
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={checking.has(keyOf(talk.id, item.line))}
                        disabled={checking.has(keyOf(talk.id, item.line))}
                        onChange={() => void check(talk.id, item, at)}
                      />
                      {item.text || '(empty item)'}
                    </label>
                    <Link to={`/talks/${talk.id}?line=${item.line + 1}`} class="small-link" aria-label={`Open in notes: "${item.text}" (${talk.title})`}>
                      Open in notes
                    </Link>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
