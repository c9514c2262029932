import { useId, useState } from 'preact/hooks';
import { eventDays } from '../../model/days';
import type { EventRecord, TalkInput } from '../../model/types';
import { withDB } from '../../app/services';
import { getEvent } from '../../store/event-store';
import { createTalk, deleteTalk, getTalk, updateTalk } from '../../store/talk-store';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Field, TagsField } from '../shared/Field';
import { dayTitle, todayLocal } from '../shared/format';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { ErrorNotice } from '../shared/Notice';
import { navigate } from '../router';
import { SpeakersField } from './SpeakersField';
import { errorMessage, useLoad } from '../shared/use-load';
import { useSaveForm } from '../shared/use-save-form';
import { TALKS_EVENT_MISSING, TALK_MISSING } from '../../store/results';

type Target =
  | { eventId: string; talkId?: undefined; date?: string; time?: string }
  | { talkId: string; eventId?: undefined; date?: undefined; time?: undefined };

/** "Add talk" (with an event id) and "Edit talk" (with a talk id). */
export default function TalkFormScreen(target: Target) {
  const data = useLoad(
    () =>
      withDB(async (db) => {
        const talk = target.talkId ? await getTalk(db, target.talkId) : undefined;
        if (target.talkId && !talk) throw new Error(TALK_MISSING);
        const event = await getEvent(db, talk?.eventId ?? target.eventId ?? '');
        if (!event) throw new Error(TALKS_EVENT_MISSING);
        const input: TalkInput = talk
          ? { title: talk.title, speakers: talk.speakers, date: talk.date, startTime: talk.startTime, endTime: talk.endTime, room: talk.room, tags: talk.tags }
          : {
              title: '',
              speakers: [{ name: '', role: '' }],
              date: defaultDay(event, target.date),
              startTime: target.time ?? '',
              endTime: '',
              room: '',
              tags: [],
            };
        if (!input.speakers.length) input.speakers = [{ name: '', role: '' }];
        return { event, input };
      }),
    [target.talkId, target.eventId],
  );
  return <Loaded data={data}>{({ event, input }) => <TalkForm talkId={target.talkId} event={event} initial={input} />}</Loaded>;
}

// A new talk goes on the day it was added from, else today when the event is on, else day 1.
function defaultDay(event: EventRecord, asked: string | undefined): string {
  const days = eventDays(event);
  if (asked) return asked;
  if (days.includes(todayLocal())) return todayLocal();
  return days[0] ?? '';
}

function TalkForm({ talkId, event, initial }: { talkId: string | undefined; event: EventRecord; initial: TalkInput }) {
  const [input, setInput] = useState(initial);
  const { errors, failure, setFailure, busy, submit } = useSaveForm(
    () => withDB((db) => (talkId ? updateTalk(db, talkId, input) : createTalk(db, event.id, input))),
    // A new talk opens straight into its notes: the speaker has already started.
    (talk) => navigate(`/talks/${talk.id}`, { replace: true }),
    'talk',
  );
  const [confirming, setConfirming] = useState(false);
  const dayId = useId();
  const set = (key: 'title' | 'date' | 'startTime' | 'endTime' | 'room') => (value: string) => setInput((prev) => ({ ...prev, [key]: value }));
  const days = eventDays(event);

  async function remove() {
    setConfirming(false);
    try {
      await withDB((db) => deleteTalk(db, talkId ?? ''));
      navigate(`/events/${event.id}`, { replace: true });
    } catch (error) {
      setFailure(`The talk was not deleted: ${errorMessage(error)}`);
    }
  }

  return (
    <main>
      <Link to={`/events/${event.id}`} class="back">
        {event.name}
      </Link>
      <h1>{talkId ? 'Edit talk' : 'Add talk'}</h1>
      <form onSubmit={submit} noValidate>
        <Field label="Title" value={input.title} onValue={set('title')} error={errors.title} required autoFocus={!talkId} />
        <SpeakersField speakers={input.speakers} onChange={(speakers) => setInput((p) => ({ ...p, speakers }))} error={errors.speakers} />
        {days.length ? (
          <div class="field">
            <label for={dayId}>Day</label>
            <select
              id={dayId}
              value={input.date}
              onChange={(e) => set('date')(e.currentTarget.value)}
              aria-invalid={errors.date ? 'true' : undefined}
              aria-describedby={errors.date ? `${dayId}-error` : undefined}
            >
              {days.map((date, i) => (
                <option key={date} value={date}>
                  {dayTitle({ date, dayNumber: i + 1 })}
                </option>
              ))}
              {input.date && !days.includes(input.date) && <option value={input.date}>{input.date} (outside the event)</option>}
              <option value="">No day set</option>
            </select>
            {errors.date && (
              <p class="field-error" id={`${dayId}-error`}>
                {errors.date}
              </p>
            )}
          </div>
        ) : (
          <Field label="Day" type="date" value={input.date} onValue={set('date')} error={errors.date} />
        )}
        <div class="field-row">
          <Field label="Start time" type="time" value={input.startTime} onValue={set('startTime')} error={errors.startTime} />
          <Field label="End time" type="time" value={input.endTime} onValue={set('endTime')} error={errors.endTime} />
        </div>
        <Field label="Room or track" value={input.room} onValue={set('room')} error={errors.room} />
        <TagsField tags={input.tags} onTags={(tags) => setInput((prev) => ({ ...prev, tags }))} />
        {failure && <ErrorNotice>{failure}</ErrorNotice>}
        <div class="actions">
          <Link to={talkId ? `/talks/${talkId}` : `/events/${event.id}`} class="button">
            Cancel
          </Link>
          <button type="submit" class="primary" disabled={busy}>
            {talkId ? 'Save talk' : 'Add talk'}
          </button>
        </div>
      </form>
      {talkId && (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete talk
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Delete "${initial.title}"?`}
          message="This deletes the talk and its notes from this device. It cannot be undone."
          confirmLabel="Delete talk"
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      )}
    </main>
  );
}
