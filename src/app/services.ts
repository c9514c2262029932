// The app's shared services, made once by startApp() and used by the screens: the database
// connection, the open savers, this tab, the channel announcing note saves, and the clock.
import type { Savers } from '../session/savers';
import type { Clock } from '../session/clock';
import type { NoteChannel } from '../session/note-channel';
import type { Tab } from '../session/tab';
import type { TalknotesDatabase } from '../store/schema';
import type { Connection } from './connection';

/** Everything the screens share. */
export interface AppServices {
  connection: Connection;
  savers: Savers;
  tab: Tab;
  notes: NoteChannel;
  clock: Clock;
}

let services: AppServices | null = null;

/** Hands the screens their services (startApp does this once, before the first render). */
export function provideServices(made: AppServices): void {
  services = made;
}

/** The app's services; fails with a message for the developer if startApp() has not run. */
export function appServices(): AppServices {
  if (!services) throw new Error('Talknotes has not been started: call startApp() before rendering a screen.');
  return services;
}

/** The app's shared connection (see Connection.get). */
export const getDB = (): Promise<TalknotesDatabase> => appServices().connection.get();

/** Runs `work` on the shared connection, reopening it once if the browser closed it (see Connection.with). */
export const withDB = <T>(work: (db: TalknotesDatabase) => Promise<T>): Promise<T> => appServices().connection.with(work);

/** Tells the other tabs that a talk's notes were saved at `revision` (open editors load them). */
export const announceSave = (talkId: string, revision: string): void => appServices().notes.announce(talkId, revision);
