// Agenda import as a person does it: pick the file, read the preview, choose, import; and again.
import { describe, expect, it } from 'vitest';
import { fosdemAgenda } from '../../scripts/fosdem-agenda.mjs';
import { expectAccessible } from './support/axe';
import { fixture } from './support/browser';
import { createEvent } from './support/flows';
import { useAppPage } from './support/session';

// The device is in San Francisco, like the summit in the fixtures.
const app = useAppPage({ timezoneId: 'America/Los_Angeles' });
const FILE = 'Agenda file (.ics, .json or .xml)';

async function openImport(name: string, start = '2017-04-18', end = '2017-04-19') {
  const { page } = app;
  await createEvent(page, { name, start, end });
  await page.getByRole('link', { name: 'Import agenda' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import agenda' }).waitFor();
}

const status = (text: string) => app.page.getByRole('status').filter({ hasText: text });

describe('agenda import', () => {
  it('imports an .ics with time zones: preview first, then talks by day; importing again changes nothing', async () => {
    const { page } = app;
    await openImport('Sched Summit');
    await page.getByLabel(FILE).setInputFiles({ name: 'summit.ics', mimeType: 'text/calendar', buffer: await fixture('summit.ics') });
    await status('3 of 3 sessions chosen: 3 new, 0 updated, 0 unchanged.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('What will change');
    await expectAccessible(page, 'import preview');
    await page.getByRole('button', { name: 'Import 3 talks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sched Summit' }).waitFor();
    const day1 = page.getByRole('region', { name: /^Day 1/ });
    expect(await day1.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('The State of Serverless Computing, 2017'),
      expect.stringContaining('Building Serverless Web Applications'),
    ]);
    expect(await day1.getByRole('listitem').first().innerText()).toContain('09:30–10:15 · Tim Wagner (GM, AWS Lambda) · Keynote Hall');

    await page.getByRole('link', { name: 'Import agenda' }).click();
    await page.getByLabel(FILE).setInputFiles({ name: 'summit.ics', mimeType: 'text/calendar', buffer: await fixture('summit.ics') });
    await status('3 of 3 sessions chosen: 0 new, 0 updated, 3 unchanged.').waitFor();
    expect(await page.getByRole('button', { name: 'Import 0 talks' }).isDisabled()).toBe(true);
  });

  it('imports a Sessionize export, growing the event to its days, with lunch shown as a break', async () => {
    const { page } = app;
    await openImport('Sessionize Conf', '2017-04-19', '');
    await page.getByLabel(FILE).setInputFiles({ name: 'sessionize.json', mimeType: 'application/json', buffer: await fixture('sessionize.json') });
    await status("3 new, 0 updated, 0 unchanged. The event's dates become 2017-04-19 to 2017-04-20.").waitFor();
    await page.getByRole('button', { name: 'Import 3 talks' }).click();
    await page
      .getByRole('region', { name: /^Day 2/ })
      .getByText('Log Analytics with Elasticsearch')
      .waitFor();
    expect(
      await page
        .getByRole('region', { name: /^Day 1/ })
        .getByRole('link', { name: /^Lunch/ })
        .innerText(),
    ).toContain('Break · 12:00–13:00');
  });

  it('lists what it left out and repaired, and leaves out a session you untick', async () => {
    const { page } = app;
    // The event is in Chicago: Sched's UTC times land there, one after midnight.
    await createEvent(page, { name: 'Late Conf', start: '2024-10-14', end: '2024-10-16' });
    await page.getByRole('link', { name: 'Edit event' }).click();
    await page.getByLabel('Time zone').fill('America/Chicago');
    await page.getByRole('button', { name: 'Save event' }).click();
    await page.getByRole('link', { name: 'Import agenda' }).click();
    await page.getByLabel(FILE).setInputFiles({ name: 'late.ics', mimeType: 'text/calendar', buffer: await fixture('ics/ends-after-midnight.ics') });
    await page
      .getByRole('list', { name: 'Repaired to fit' })
      .getByText('"Opening Night Party" (2024-10-15 22:30): it ends after midnight, on 2024-10-16.')
      .waitFor();
    await page.getByRole('checkbox', { name: /Community Awards/ }).uncheck();
    await status('2 of 3 sessions chosen').waitFor();
    await page.getByRole('button', { name: 'Import 2 talks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Late Conf' }).waitFor();
    expect(await page.getByRole('link', { name: /Opening Night Party/ }).innerText()).toContain('22:30–01:00');
    expect(await page.getByText('Community Awards').count()).toBe(0);
  });

  it('imports pasted text, and refuses a file that is no agenda, changing nothing', async () => {
    const { page } = app;
    await openImport('Pasted Conf');
    await page
      .getByLabel(FILE)
      .setInputFiles({ name: 'broken.ics', mimeType: 'text/calendar', buffer: Buffer.from('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:cut off') });
    await page.getByRole('alert').filter({ hasText: 'No session in this file could be imported. Session 1 ("cut off"): it has no start (DTSTART).' }).waitFor();
    await page.getByLabel(FILE).setInputFiles({ name: 'schedule.html', mimeType: 'text/html', buffer: await fixture('ics/not-an-agenda.ics') });
    await page.getByRole('alert').filter({ hasText: 'This is a web page, not an agenda file' }).waitFor();
    await page.getByLabel('Or paste the agenda').fill((await fixture('agenda.txt')).toString());
    await page.getByRole('button', { name: 'Read pasted agenda' }).click();
    await page.getByRole('button', { name: 'Import 3 talks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pasted Conf' }).waitFor();
    expect(
      await page
        .getByRole('region', { name: /^Day 2/ })
        .getByRole('listitem')
        .innerText(),
    ).toContain('Deep Dive on CI/CD and Docker');
  });
});

describe('a FOSDEM-sized agenda through the chooser', () => {
  it('opens on the chooser, imports only what is ticked, and on re-import changes nothing and offers the rest', async () => {
    const { page } = app;
    const agenda = fosdemAgenda();
    const buffer = Buffer.from(agenda.text);
    await createEvent(page, { name: 'FOSDEM 2024' });
    await page.getByRole('link', { name: 'Import agenda' }).click();
    await page.getByLabel(FILE).setInputFiles({ name: 'fosdem.ics', mimeType: 'text/calendar', buffer });
    await page.getByText('Read as Pentabarf iCalendar: the file holds 870 sessions, in Europe/Brussels time.').waitFor();
    await status('0 of 870 sessions chosen').waitFor();
    expect(await page.getByRole('button', { name: 'Import 0 talks' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'agenda chooser');

    // Sunday, in the main room, sessions about rust: filter, tick all shown, untick one.
    const wanted = agenda.sessions.filter((s) => s.day === '2024-02-04' && s.room === 'Janson' && /rust/i.test(`${s.title} ${s.speakers.join(' ')}`));
    expect(wanted.length).toBeGreaterThan(1);
    await page.getByLabel('Day').selectOption('2024-02-04');
    await page.getByLabel('Room').selectOption('Janson');
    await page.getByLabel('Find sessions').fill('rust');
    await page.getByText(`${wanted.length} shown.`).waitFor();
    await page.getByRole('button', { name: `Tick all ${wanted.length} shown` }).click();
    await page.getByRole('checkbox', { name: new RegExp(wanted[0]!.title) }).uncheck();
    const count = wanted.length - 1;
    await status(`${count} of 870 sessions chosen: ${count} new, 0 updated, 0 unchanged.`).waitFor();
    await page.getByRole('button', { name: `Import ${count} ${count === 1 ? 'talk' : 'talks'}` }).click();

    await page.getByRole('heading', { level: 1, name: 'FOSDEM 2024' }).waitFor();
    const listed = await page.getByRole('main').getByRole('listitem').allInnerTexts();
    expect(listed).toHaveLength(count);
    expect(listed.every((text) => text.includes('Janson'))).toBe(true);

    // The same file again: what was imported is ticked and unchanged, nothing else is offered ticked.
    await page.getByRole('link', { name: 'Import agenda' }).click();
    await page.getByLabel(FILE).setInputFiles({ name: 'fosdem.ics', mimeType: 'text/calendar', buffer });
    await status(`${count} of 870 sessions chosen: 0 new, 0 updated, ${count} unchanged.`).waitFor();
    expect(await page.getByRole('button', { name: 'Import 0 talks' }).isDisabled()).toBe(true);
    await page.getByLabel('Find sessions').fill(wanted[0]!.title);
    await page.getByRole('checkbox', { name: new RegExp(wanted[0]!.title) }).check();
    await status(`${count + 1} of 870 sessions chosen: 1 new, 0 updated, ${count} unchanged.`).waitFor();
  });
});
