// Applying an agenda import: every new and changed talk, and the event's dates and zone, in one transaction.
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
    if (plan.eventDates || (plan.eventZone && !event.timeZone)) {
      const zone = !event.timeZone && plan.eventZone ? { timeZone: plan.eventZone } : {};
      writes.push(tracked(tx.objectStore('events').put({ ...event, ...plan.eventDates, ...zone, updatedAt: now })));
    }
    // Reads first, all at once: a talk updated from the preview may have been deleted in another tab since.
    const updates = plan.rows.filter((r) => r.status === 'update' && r.talkId);
    const current = await Promise.all(updates.map((r) => talks.get(r.talkId as string)));
    let created = 0;
    let updated = 0;
    const add = (row: (typeof plan.rows)[number]) => {
      created++;
      const talk: TalkRecord = { ...row.input, id: newId(), eventId, importKey: row.item.key, createdAt: now, updatedAt: now };
      if (row.item.service) talk.service = true;
      writes.push(tracked(talks.add(talk)));
    };
    for (const row of plan.rows) if (row.status === 'new') add(row);
    for (const [i, row] of updates.entries()) {
      const existing = current[i];
      if (!existing) {
        add({ ...row, status: 'new' }); // deleted meanwhile: the session comes back as a new talk
        continue;
      }
      updated++;
      const { service: _old, ...rest } = existing;
      const talk: TalkRecord = { ...rest, ...row.input, importKey: row.item.key, updatedAt: now };
      if (row.item.service) talk.service = true;
      writes.push(tracked(talks.put(talk)));
    }
    await Promise.all(writes);
    return { created, updated };
  });
}
