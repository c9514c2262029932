// Applying an agenda import: every new and changed talk, and the event's dates and zone, in one transaction.
import { type ImportPlan, widenDates } from '../import/plan';
import type { TalkRecord } from '../model/types';
import { allOrNothing, EVENT_GONE, MissingRecordError, newId, tracked } from './results';
import type { TalknotesDatabase } from './schema';

/** Writes a checked import plan; all of it commits, or none of it. Resolves with the counts. */
export async function applyImport(
  db: TalknotesDatabase,
  eventId: string,
  plan: Extract<ImportPlan, { ok: true }>,
): Promise<{ created: number; updated: number }> {
  const tx = db.transaction(['events', 'talks'], 'readwrite');
  return allOrNothing(tx, async () => {
    const talks = tx.objectStore('talks');
    // Everything read first, in one go: the preview may be stale (another tab imported, or deleted a talk, since).
    const [event, current] = await Promise.all([tx.objectStore('events').get(eventId), talks.index('by-event').getAll(eventId)]);
    if (!event) {
      throw new MissingRecordError(EVENT_GONE);
    }
    const now = Date.now();
    const writes: Promise<unknown>[] = [];
    const zone = !event.timeZone && plan.eventZone ? { timeZone: plan.eventZone } : null;
    if (plan.eventDates || zone) {
      // The dates as they are now, widened: another tab may have changed them since the preview.
      const dates = plan.eventDates ? widenDates(event, plan.eventDates.startDate, plan.eventDates.endDate || plan.eventDates.startDate) : {};
      writes.push(tracked(tx.objectStore('events').put({ ...event, ...dates, ...zone, updatedAt: now })));
    }
    const byId = new Map(current.map((t) => [t.id, t]));
    const byKey = new Map(current.filter((t) => t.importKey).map((t) => [t.importKey as string, t]));
    let created = 0;
    let updated = 0;
    for (const row of plan.rows) {
      if (row.status === 'unchanged') continue;
      // The talk this row updates; or, for a "new" row, one another tab imported since the preview.
      const existing = (row.talkId ? byId.get(row.talkId) : undefined) ?? byKey.get(row.item.key);
      if (!existing) {
        created++; // a talk deleted since the preview comes back as a new one
        const talk: TalkRecord = { ...row.input, id: newId(), eventId, importKey: row.item.key, createdAt: now, updatedAt: now };
        if (row.item.service) talk.service = true;
        writes.push(tracked(talks.add(talk)));
        continue;
      }
      updated++;
      const { service: _old, ...rest } = existing;
      // Tags are the person's own: kept as they are now, whatever the preview read.
      const talk: TalkRecord = { ...rest, ...row.input, tags: existing.tags, importKey: row.item.key, updatedAt: now };
      if (row.item.service) talk.service = true;
      writes.push(tracked(talks.put(talk)));
    }
    await Promise.all(writes);
    return { created, updated };
  });
}
