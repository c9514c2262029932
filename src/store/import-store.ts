// Applying an agenda import: every new and changed talk, and the event's dates, in one transaction.
import type { ImportPlan } from '../import/plan';
import type { TalkRecord } from '../model/types';
import { allOrNothing, MissingRecordError, newId, tracked } from './results';
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
    const event = await tx.objectStore('events').get(eventId);
    if (!event) {
      throw new MissingRecordError('This event no longer exists; it may have been deleted in another tab.');
    }
    const now = Date.now();
    const writes: Promise<unknown>[] = [];
    if (plan.eventDates) writes.push(tracked(tx.objectStore('events').put({ ...event, ...plan.eventDates, updatedAt: now })));
    let created = 0;
    let updated = 0;
    for (const row of plan.rows) {
      if (row.status === 'unchanged') continue;
      if (row.status === 'new') {
        created++;
        const talk: TalkRecord = { ...row.input, id: newId(), eventId, importKey: row.item.key, createdAt: now, updatedAt: now };
        writes.push(tracked(talks.add(talk)));
      } else if (row.talkId) {
        updated++;
        const existing = await talks.get(row.talkId);
        if (existing) writes.push(tracked(talks.put({ ...existing, ...row.input, importKey: row.item.key, updatedAt: now })));
      }
    }
    await Promise.all(writes);
    return { created, updated };
  });
}
