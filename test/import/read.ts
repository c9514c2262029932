// Reading fixtures as the app does, and a compact line per session to compare in tables.
import { readFileSync } from 'node:fs';
import type { Agenda, AgendaItem, ReadOptions } from '../../src/import/agenda';
import { readAgenda } from '../../src/import/read-agenda';

/** A fixture's text ("ics/bom.ics"). */
export const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');

/** Options as the Import screen passes them: the event's zone ("" for none), a device in Berlin. */
export const options = (timeZone = '', firstDay = '2024-02-03'): ReadOptions => ({ timeZone, deviceTimeZone: 'Europe/Berlin', firstDay });

/** Reads a fixture by its path, failing the test with the reader's message when it is refused. */
export async function readFixture(path: string, timeZone = ''): Promise<Agenda> {
  const result = await readAgenda(path.split('/').at(-1) ?? path, fixture(path), options(timeZone));
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result;
}

/** "Title | 2024-02-03 09:30–10:15 | Ana (CTO), Tim | Room | Track | break". */
export function line(item: AgendaItem): string {
  const speakers = item.speakers.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ');
  const time = item.endTime ? `${item.startTime}–${item.endTime}` : item.startTime;
  return [item.title, `${item.date} ${time}`.trim(), speakers, item.room, item.track, item.service ? 'break' : ''].join(' | ').replace(/( \| )+$/, '');
}
