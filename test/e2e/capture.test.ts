import { describe, expect, it } from 'vitest';
import { addTalk, createEvent, notes, typeNotes } from './support/flows';
import { useAppPage } from './support/session';

const app = useAppPage();

describe('capturing notes', () => {
  it('creates an event, adds talks on two days, types notes, and finds them after a reload', async () => {
    await createEvent(app.page, {
      name: 'AWS Summit SFO',
      location: 'Moscone Center',
      start: '2017-04-18',
      end: '2017-04-19',
      link: 'aws.amazon.com/summits/san-francisco',
    });
    await addTalk(app.page, {
      title: 'Building Serverless Web Applications',
      speaker: 'Leo Zhadanovsky',
      role: '@leozh',
      start: '11:00',
      end: '11:45',
      room: 'Room 2014',
    });
    // A new talk opens with the cursor already in its notes.
    expect(await notes(app.page).evaluate((el) => el === document.activeElement)).toBe(true);
    const serverlessNotes = '## Lambda\n* no servers to provision\n> Never pay for idle\n';
    await typeNotes(app.page, serverlessNotes);

    await app.page.getByRole('link', { name: 'AWS Summit SFO' }).click();
    await addTalk(app.page, { title: 'The State of Serverless Computing', start: '09:30', addButton: /^Add talk to Day 1/ });
    await typeNotes(app.page, '* FaaS building blocks');
    await app.page.getByRole('link', { name: 'AWS Summit SFO' }).click();
    await addTalk(app.page, { title: 'Containers on AWS', start: '10:00', addButton: /^Add talk to Day 2/ });
    await app.page.getByRole('link', { name: 'AWS Summit SFO' }).click();

    // Day 1 lists its talks in time order; Day 2 has its own.
    const day1 = app.page.getByRole('region', { name: /^Day 1/ });
    const day2 = app.page.getByRole('region', { name: /^Day 2/ });
    await day1.getByRole('listitem').first().waitFor();
    expect(await day1.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('The State of Serverless Computing'),
      expect.stringContaining('Building Serverless Web Applications'),
    ]);
    expect(await day2.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('Containers on AWS')]);
    expect(await day1.getByRole('listitem').nth(1).innerText()).toContain('Leo Zhadanovsky (@leozh)');
    await expect.poll(() => app.page.getByRole('link', { name: 'Event website' }).getAttribute('href')).toBe('https://aws.amazon.com/summits/san-francisco');

    await app.page.reload();
    await day1.getByRole('link', { name: /Building Serverless Web Applications/ }).click();
    await expect.poll(() => notes(app.page).inputValue()).toBe(serverlessNotes);
    expect(await app.page.getByText('Leo Zhadanovsky (@leozh)').count()).toBe(1);
  });

  it('explains what is wrong with the form and keeps what was typed', async () => {
    await app.page.getByRole('link', { name: 'New event' }).click();
    await app.page.getByLabel('Start date').fill('2017-04-19');
    await app.page.getByLabel('End date').fill('2017-04-18');
    await app.page.getByRole('button', { name: 'Create event' }).click();
    await app.page.getByText('Give the event a name.').waitFor();
    await app.page.getByText('The end date is before the start date.').waitFor();
    expect(await app.page.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');

    await app.page.getByLabel('Name').fill('JSConf');
    await app.page.getByLabel('End date').fill('2017-04-20');
    await app.page.getByRole('button', { name: 'Create event' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'JSConf' }).waitFor();

    await app.page.getByRole('link', { name: 'Add talk', exact: true }).click();
    await app.page.getByLabel('Title').fill('Panel');
    await app.page.getByLabel('Speaker role or handle').fill('Moderator');
    await app.page.getByRole('button', { name: 'Add speaker' }).click();
    await app.page.getByLabel('Speaker 2 name').fill('Ada');
    await app.page.getByRole('button', { name: 'Add talk', exact: true }).click();
    await app.page.getByText('Speaker 1 has a role but no name.').waitFor();
    // Focus lands on the name that is missing, which announces the message.
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await app.page.getByLabel('Speaker 1 name').evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.getByLabel('Speaker 1 name').fill('Grace');
    await app.page.getByRole('button', { name: 'Add talk', exact: true }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Panel' }).waitFor();
    await app.page.getByText('Grace (Moderator), Ada').waitFor();
  });

  it('edits and deletes a talk and an event, asking first', async () => {
    await createEvent(app.page, { name: 'Old name', start: '2020-05-01' });
    await addTalk(app.page, { title: 'A talk' });
    await typeNotes(app.page, 'will be deleted');

    await app.page.getByRole('link', { name: 'Edit talk' }).click();
    await app.page.getByLabel('Title').fill('A better title');
    await app.page.getByRole('button', { name: 'Save talk' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'A better title' }).waitFor();

    await app.page.getByRole('link', { name: 'Edit talk' }).click();
    await app.page.getByRole('button', { name: 'Delete talk' }).click();
    const dialog = app.page.getByRole('alertdialog', { name: 'Delete "A better title"?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await app.page.getByRole('button', { name: 'Delete talk' }).click();
    await dialog.getByRole('button', { name: 'Delete talk' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Old name' }).waitFor();
    expect(await app.page.getByRole('link', { name: /A better title/ }).count()).toBe(0);

    await app.page.getByRole('link', { name: 'Edit event' }).click();
    await app.page.getByLabel('Name').fill('New name');
    await app.page.getByRole('button', { name: 'Save event' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'New name' }).waitFor();

    await app.page.getByRole('button', { name: 'Delete event' }).click();
    await app.page.getByRole('alertdialog', { name: 'Delete "New name"?' }).getByRole('button', { name: 'Delete event' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Your events' }).waitFor();
    await app.page.getByText('No events yet.').waitFor();
  });

  it('follows the dark colour scheme of the system', async () => {
    const background = () => app.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await app.page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(246, 247, 251)');
    await app.page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(16, 19, 26)');
  });
});

describe('never losing a keystroke', () => {
  it('saves what was typed a moment before the page is closed', async () => {
    await createEvent(app.page, { name: 'Closing Summit' });
    await addTalk(app.page, { title: 'Closed mid-sentence' });
    const talkUrl = app.page.url();
    await notes(app.page).focus();
    await app.page.keyboard.type('last'); // a few milliseconds of typing, well inside the autosave delay
    // Closed at once, inside the autosave delay: only the pagehide flush can save this.
    await app.page.close({ runBeforeUnload: true });

    app.page = await app.context.newPage();
    await app.page.goto(talkUrl);
    await expect.poll(() => notes(app.page).inputValue()).toBe('last');
  });

  it('keeps what was typed even when the page dies before its save could land, and another tab saves it', async () => {
    await createEvent(app.page, { name: 'Crowded Summit' });
    await addTalk(app.page, { title: 'Saved from a draft' });
    const talkUrl = app.page.url();
    const other = await app.context.newPage();
    await other.goto(new URL('/', talkUrl).href);
    // A tab holds a lock in its own name while it has drafts, which tells a live tab's drafts from a closed one's.
    const tabsWithDrafts = () =>
      other.evaluate(async () => (await navigator.locks.query()).held?.filter((l) => l.mode === 'exclusive' && l.name?.startsWith('talknotes-tab-')).length);
    // What Chromium does to a write its dying page left uncommitted, made certain here: once the
    // page is being hidden, every write to the notes is rolled back. Only the draft can land.
    await app.page.evaluate(() => {
      const transaction = IDBDatabase.prototype.transaction;
      const dropNoteWrites = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        const tx = transaction.apply(this, args);
        if (args[1] === 'readwrite' && [args[0]].flat().includes('notes')) queueMicrotask(() => tx.abort());
        return tx;
      };
      // Capturing, so it is in place before the app's own listener starts the save.
      document.addEventListener('visibilitychange', () => (IDBDatabase.prototype.transaction = dropNoteWrites), { capture: true });
    });
    await notes(app.page).focus();
    await app.page.keyboard.type('drafted');
    expect(await tabsWithDrafts()).toBe(0);
    // Switching apps on a phone: the draft is written, the save is lost, and the tab keeps its lock.
    await app.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(tabsWithDrafts, { timeout: 5000 }).toBe(1);
    // Another tab starting now leaves that draft alone: its tab may still save it.
    const third = await app.context.newPage();
    await third.goto(talkUrl);
    await notes(third).waitFor();
    expect(await notes(third).inputValue()).toBe('');
    await third.close();
    // Then the phone kills the app.
    await app.page.close({ runBeforeUnload: true });
    await expect.poll(tabsWithDrafts, { timeout: 5000 }).toBe(0);

    // The tab still open saves the draft into the notes at once, and it is gone: saved once.
    const stored = () =>
      other.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('talknotes');
            open.onsuccess = () => {
              const tx = open.result.transaction(['notes', 'drafts']);
              const all = tx.objectStore('notes').getAll();
              const drafts = tx.objectStore('drafts').count();
              tx.oncomplete = () => resolve(`${(all.result as { text: string }[]).map((n) => n.text).join('|')}; drafts left: ${drafts.result}`);
            };
          }),
      );
    await expect.poll(stored).toBe('drafted; drafts left: 0');
    await other.goto(talkUrl);
    await expect.poll(() => notes(other).inputValue()).toBe('drafted');
    app.page = other;
  });

  it('saves at once when the app is hidden (switching apps on a phone)', async () => {
    await createEvent(app.page, { name: 'Hidden Summit' });
    await addTalk(app.page, { title: 'Switched to the camera' });
    await notes(app.page).focus();
    await app.page.keyboard.type('cam'); // a few milliseconds of typing, well inside the autosave delay
    const savedText = await app.page.evaluate(async () => {
      // What the browser does when another app comes to the front.
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      // Read straight from IndexedDB, long before the autosave delay would have run out.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('talknotes');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = await new Promise<{ text: string }[]>((resolve) => {
        const request = db.transaction('notes').objectStore('notes').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return all.map((n) => n.text);
    });
    expect(savedText).toEqual(['cam']);
  });
});
