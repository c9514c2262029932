import { describe, expect, it } from 'vitest';
import { addTalk, createEvent, notes, waitUntilSaved } from './support/flows';
import { useAppPage } from './support/session';

const app = useAppPage({ permissions: ['clipboard-read', 'clipboard-write'] });

describe('quick capture', () => {
  it('inserts with one tap, continues lists on Enter, turns a pasted address into a link', async () => {
    const { page } = app;
    await createEvent(page, { name: 'Fast Summit' });
    await addTalk(page, { title: 'Quick talk', speaker: 'Tim Wagner' });
    const bar = page.getByRole('toolbar', { name: 'Quick insert' });

    await bar.getByRole('button', { name: 'Bullet', exact: true }).click();
    await page.keyboard.type('first');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // an empty item ends the list, leaving the line empty
    await bar.getByRole('button', { name: 'Quote by the speaker' }).click();
    await page.keyboard.type('Never pay for idle');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await bar.getByRole('button', { name: 'To do (private action item)' }).click();
    await page.keyboard.type('ask for the deck');
    await page.keyboard.press('Enter');
    await page.keyboard.type('try Step Functions');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await bar.getByRole('button', { name: 'Get this slide later' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+T'); // the desktop shortcut for a key takeaway
    await page.keyboard.type('serverless is event driven');
    await page.keyboard.press('Enter');

    await page.evaluate(() => navigator.clipboard.writeText('https://aws.amazon.com/step-functions/'));
    await page.keyboard.press('Control+V');
    await waitUntilSaved(page);

    expect(await notes(page).inputValue()).toBe(
      [
        '- first',
        '- second',
        '> "Never pay for idle" — Tim Wagner',
        '- [ ] ask for the deck',
        '- [ ] try Step Functions',
        '<< get this slide later >>',
        '**Key takeaway:** serverless is event driven',
        '[aws.amazon.com/step-functions/](https://aws.amazon.com/step-functions/)',
      ].join('\n'),
    );
    // The buttons never took the cursor away from the notes.
    expect(await notes(page).evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('undo', () => {
  it('takes back a list continuation with Ctrl+Z, keeping what was typed before', async () => {
    const { page } = app;
    await createEvent(page, { name: 'Undo Summit' });
    await addTalk(page, { title: 'Undo talk' });
    await page.keyboard.type('- one');
    await page.keyboard.press('Enter');
    // The browser's Enter types the line break; the marker follows once that frame is drawn.
    await expect.poll(() => notes(page).inputValue()).toBe('- one\n- ');
    await page.keyboard.press('Control+Z');
    expect(await notes(page).inputValue()).toBe('- one');
  });

  it('puts the marker before a key typed in the same frame as Enter, and takes both back with one Ctrl+Z', async () => {
    const { page } = app;
    await createEvent(page, { name: 'Fast Summit' });
    await addTalk(page, { title: 'Fast talk' });
    await page.keyboard.type('- one');
    // Enter and the next key in one task: no frame is drawn between them.
    await notes(page).evaluate((area) => {
      const key = (k: string) => area.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      if (key('Enter')) document.execCommand('insertLineBreak');
      key('t');
      document.execCommand('insertText', false, 't');
    });
    expect(await notes(page).inputValue()).toBe('- one\n- t');
    await page.keyboard.type('wo');
    await page.keyboard.press('Control+Z');
    expect(await notes(page).inputValue()).toBe('- one');
  });
});
