import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { addTalk, createEvent, notes, typeNotes, waitUntilSaved } from './support/flows';
import { useAppPage } from './support/session';

// The device is in San Francisco, like the summit the talks belong to.
const app = useAppPage({ timezoneId: 'America/Los_Angeles' });

describe('search and follow-ups', () => {
  it('finds a line in any talk and opens the talk at it; lists open action items and checks them off', async () => {
    const { page } = app;
    await createEvent(page, { name: 'Search Summit' });
    await addTalk(page, { title: 'Queues', speaker: 'Zoë Ångström' });
    await typeNotes(page, 'Intro\nSQS has at-least-once delivery\n- [ ] ask about FIFO throughput\n- [ ] read the Kinesis docs');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByLabel('Search notes').fill('least once');
    await page.getByRole('status').filter({ hasText: '1 talk found.' }).waitFor();
    await expectAccessible(page, 'search');
    await page
      .getByRole('list', { name: 'Results' })
      .getByRole('link', { name: /Queues/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Queues' }).waitFor();
    // The cursor waits at the start of the matching line, with nothing selected.
    const atCursor = await notes(page).evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      return [area.selectionStart === area.selectionEnd, area.value.slice(area.selectionStart).split('\n')[0]];
    });
    expect(atCursor).toEqual([true, 'SQS has at-least-once delivery']);

    await page.getByRole('link', { name: 'Search Summit' }).click();
    await page.getByRole('link', { name: 'Follow-ups' }).click();
    const talk = page.getByRole('region', { name: 'Queues' });
    await talk.getByRole('checkbox', { name: 'ask about FIFO throughput' }).waitFor();
    await expectAccessible(page, 'follow-ups');
    await talk.getByRole('checkbox', { name: 'ask about FIFO throughput' }).check();
    await talk.getByRole('checkbox', { name: 'ask about FIFO throughput' }).waitFor({ state: 'detached' });
    await talk.getByRole('link', { name: 'Queues', exact: true }).click();
    await expect.poll(() => notes(page).inputValue()).toContain('- [x] ask about FIFO throughput\n- [ ] read the Kinesis docs');
  });
});

describe('the talk on now', () => {
  it('offers the talk on now and "New talk now", and asks for a key takeaway once the talk is over', async () => {
    const { page } = app;
    // A fixed afternoon in San Francisco (the device's zone here), so the agenda never crosses midnight.
    await page.clock.setFixedTime(new Date('2026-11-26T14:00:00-08:00'));
    await page.reload();
    const clock = { today: '2026-11-26', started: '13:40', ends: '14:25', ended: '13:10', endedAt: '13:55' };
    await createEvent(page, { name: 'Today Summit', start: clock.today });
    await addTalk(page, { title: 'Happening now', start: clock.started, end: clock.ends });
    await page.getByRole('link', { name: 'Today Summit' }).click();
    await addTalk(page, { title: 'Already over', start: clock.ended, end: clock.endedAt });
    await page.getByRole('heading', { level: 1, name: 'Already over' }).waitFor();
    // The agenda says it has ended: the nudge asks for the one thing to remember.
    await page.getByLabel('Your key takeaway').fill('Measure before optimising');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await waitUntilSaved(page);
    expect(await notes(page).inputValue()).toBe('**Key takeaway:** Measure before optimising\n');

    await page.getByRole('link', { name: 'Talknotes' }).click();
    const now = page.getByRole('region', { name: 'Now' });
    await now.getByRole('link', { name: /On now .* Happening now/ }).waitFor();
    await expectAccessible(page, 'home');
    await now.getByRole('button', { name: 'New talk now' }).click();
    await page.getByRole('heading', { level: 1, name: /^Talk at \d{2}:\d{2}$/ }).waitFor();
    expect(await notes(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'notes');
  });
});

describe('screen wake lock', () => {
  it('keeps the screen on while a talk is open, and lets go when it closes', async () => {
    const { page } = app;
    await page.context().addInitScript(() => {
      const log: string[] = [];
      Object.assign(window, { wakeLog: log });
      Object.defineProperty(navigator, 'wakeLock', {
        value: {
          request: async (type: string) => {
            log.push(`request ${type}`);
            return { release: async () => void log.push('release') };
          },
        },
      });
    });
    await page.reload();
    const log = () => page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog);
    await createEvent(page, { name: 'Awake Summit' });
    await addTalk(page, { title: 'Long talk' });
    await expect.poll(log).toEqual(['request screen']);
    await page.getByRole('link', { name: 'Awake Summit' }).click();
    await expect.poll(log).toEqual(['request screen', 'release']);
  });
});
