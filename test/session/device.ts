// One device for session tests: a fresh database with a talk, and pages (tabs) that share its Web
// Locks and channels, each with what startApp() gives a page.
import type { TalkRecord } from '../../src/model/types';
import type { SaveStatus } from '../../src/session/autosave';
import { createNoteChannel } from '../../src/session/note-channel';
import { createNoteSession, type NoteSessionOptions, type SessionEvent } from '../../src/session/note-session';
import { createSavers } from '../../src/session/savers';
import { createTab, DRAFTS_CHANNEL } from '../../src/session/tab';
import { createEvent } from '../../src/store/event-store';
import type { TalknotesDatabase } from '../../src/store/schema';
import { createTalk } from '../../src/store/talk-store';
import { eventInput, freshDB, saved, talkInput } from '../store/helpers';
import { fakeBroadcasts, fakeClock, fakeLockManager } from './fakes';

/** One device: a database, and Web Locks and channels shared by its pages. */
export async function device() {
  const db = await freshDB();
  const event = saved(await createEvent(db, eventInput()));
  const talk = saved(await createTalk(db, event.id, talkInput({ title: 'Contested' })));
  const locks = fakeLockManager();
  const broadcasts = fakeBroadcasts();
  return { db, talk, locks, broadcasts, page: (id: string) => page(db, talk, locks, broadcasts, id) };
}

/** A page (tab) of the device, with what startApp() gives a page; `open` starts an editor on the talk. */
function page(db: TalknotesDatabase, talk: TalkRecord, locks: ReturnType<typeof fakeLockManager>, broadcasts: ReturnType<typeof fakeBroadcasts>, id: string) {
  const pageLocks = locks.page();
  const tab = createTab({ id, locks: pageLocks, channel: broadcasts(DRAFTS_CHANNEL) });
  const notes = createNoteChannel(broadcasts);
  const savers = createSavers();
  const clock = fakeClock();
  const reports: string[] = [];
  const open = (loaded: { text: string; revision: string } = { text: '', revision: '' }, over: Partial<NoteSessionOptions> = {}) => {
    const session = createNoteSession({
      withDB: (work) => work(db),
      talk,
      createdAt: talk.createdAt,
      ...loaded,
      tab,
      notes,
      savers,
      clock,
      report: (message) => reports.push(message),
      errorText: (error) => (error instanceof Error ? error.message : String(error)),
      ...over,
    });
    const events: SessionEvent[] = [];
    const statuses: SaveStatus[] = [];
    session.subscribe((event) => events.push(event));
    session.status.subscribe((status) => statuses.push(status));
    return { session, events, statuses };
  };
  return { tab, locks: pageLocks, notes, savers, clock, reports, open, close: () => pageLocks.close() };
}

/** A page of a test device. */
export type Page = ReturnType<typeof page>;
