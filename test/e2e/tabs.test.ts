import { describe, expect, it } from 'vitest';
import { addTalk, createEvent, notes, typeNotes, waitUntilSaved } from './support/flows';
import { useAppPage } from './support/session';

const app = useAppPage();

// Writes a talk's notes straight into IndexedDB, as another tab's save would, without telling anyone.
function saveBehindTheBack(page: import('playwright-core').Page, text: string) {
  return page.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('talknotes');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = db.transaction('notes', 'readwrite').objectStore('notes');
    const [note] = await new Promise<{ text: string; revision?: string }[]>((resolve) => {
      const all = store.getAll();
      all.onsuccess = () => resolve(all.result);
    });
    await new Promise((resolve) => (store.put({ ...note, text, revision: 'elsewhere', updatedAt: Date.now() }).onsuccess = resolve));
    db.close();
  }, text);
}

describe('two tabs on one talk', () => {
  it('shows what one tab saved in the other', async () => {
    const { page, context } = app;
    await createEvent(page, { name: 'Tab Summit' });
    await addTalk(page, { title: 'Shared talk' });
    await typeNotes(page, 'first line');
    const other = await context.newPage();
    await other.goto(page.url());
    await expect.poll(() => notes(other).inputValue()).toBe('first line');

    await notes(page).press('Control+End');
    await page.keyboard.insertText('\nsecond line from tab one');
    await waitUntilSaved(page);
    await expect.poll(() => notes(other).inputValue()).toBe('first line\nsecond line from tab one');
  });

  it.each([
    ['Keep mine', 'typed here'],
    ['Keep theirs', 'saved elsewhere'],
    ['Keep both', 'typed here\n\n---- The version saved in another tab ----\n\nsaved elsewhere'],
  ])('refuses to save over newer text from elsewhere, and "%s" decides', async (choice, result) => {
    const { page } = app;
    await createEvent(page, { name: 'Conflict Summit' });
    await addTalk(page, { title: 'Contested' });
    await typeNotes(page, 'start');
    await saveBehindTheBack(page, 'saved elsewhere');
    await notes(page).fill('typed here');
    const banner = page.getByRole('alert').filter({ hasText: 'These notes were changed in another tab or window' });
    await banner.waitFor();
    await page.getByRole('status').filter({ hasText: 'Not saved: these notes were changed in another tab.' }).waitFor();
    await banner.getByRole('button', { name: choice }).click();
    await waitUntilSaved(page);
    await expect.poll(() => notes(page).inputValue()).toBe(result);
    await page.reload();
    await expect.poll(() => notes(page).inputValue()).toBe(result);
  });
});

describe('a to-do checked off in another tab', () => {
  it('shows up in the open editor, and typing there afterwards keeps it', async () => {
    const { page, context } = app;
    await createEvent(page, { name: 'Todo Summit' });
    await addTalk(page, { title: 'Open editor' });
    await typeNotes(page, '- [ ] call Ana\n- [ ] read docs');
    const talkUrl = page.url();

    const other = await context.newPage();
    await other.goto(talkUrl);
    await other.getByRole('link', { name: 'Todo Summit' }).click();
    await other.getByRole('link', { name: 'Follow-ups' }).click();
    await other.getByRole('checkbox', { name: 'call Ana' }).check();
    await other.getByRole('checkbox', { name: 'call Ana' }).waitFor({ state: 'detached' });

    await expect.poll(() => notes(page).inputValue()).toBe('- [x] call Ana\n- [ ] read docs');
    await notes(page).press('Control+End');
    await page.keyboard.insertText('\nmore');
    await waitUntilSaved(page);
    await page.reload();
    await expect.poll(() => notes(page).inputValue()).toBe('- [x] call Ana\n- [ ] read docs\nmore');
  });
});
