// Agenda import figures in the app at 4× CPU, offline: a FOSDEM-sized .ics (870 sessions, about
// 900 KB) from picking the file to the preview on screen; each keystroke in the chooser's filter;
// and the event page holding 300 imported talks, from navigation to interactive.
import { fosdemAgenda } from '../fosdem-agenda.mjs';

// In the page: ms from the file input's change to the frame that shows the preview's status.
function timePreview(expected) {
  return new Promise((resolve) => {
    let start = 0;
    document.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const shown = [...document.querySelectorAll('[role=status]')].some((el) => el.textContent?.includes(expected));
      if (!start || !shown) return;
      observer.disconnect();
      globalThis.benchAfterFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

// In the page: each key's time from keydown to the next frame, while a filter is typed.
function watchKeys() {
  globalThis.benchKeys = [];
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      globalThis.benchAfterFrame(() => globalThis.benchKeys.push(performance.now() - start));
    },
    true,
  );
}

/**
 * The figures; `open(rate)` gives a throttled page (with defineAfterFrame's benchAfterFrame, from
 * after-frame.mjs), `url` is the app's address.
 */
export async function agendaFigures(open, url, runs = 5) {
  const big = Buffer.from(fosdemAgenda().text);
  const small = Buffer.from(fosdemAgenda({ sessions: 300, rooms: 10 }).text);
  const { page } = await open(4);
  // A new event to import into, made as a person does on a phone: with taps. (A mouse click would
  // leave a pointer over the page, which Chromium hit-tests again whenever the list under it changes.)
  await page.goto(`${url}events/new`);
  await page.getByLabel('Name').fill('Agenda Bench');
  await page.getByRole('button', { name: 'Create event' }).tap();
  await page.getByRole('link', { name: 'Import agenda' }).tap();
  const file = page.getByLabel('Agenda file (.ics, .json or .xml)');
  await file.waitFor();

  const reads = [];
  for (let i = 0; i < runs; i++) {
    const timing = page.evaluate(timePreview, 'of 870 sessions chosen');
    await file.setInputFiles({ name: `fosdem-${i}.ics`, mimeType: 'text/calendar', buffer: big });
    reads.push(await timing);
  }

  await page.evaluate(watchKeys);
  const filter = page.getByLabel('Find sessions');
  await filter.tap();
  await page.keyboard.type('rust kernel tim', { delay: 150 });
  for (let i = 0; i < 15; i++) await page.keyboard.press('Backspace', { delay: 150 });
  await page.waitForTimeout(300);
  const keys = await page.evaluate(() => globalThis.benchKeys);

  // 300 sessions imported (ticked all in the chooser), then the event page opened afresh.
  await file.setInputFiles({ name: 'three-hundred.ics', mimeType: 'text/calendar', buffer: small });
  await page.getByRole('button', { name: 'Tick all 300 shown' }).click();
  await page.getByRole('button', { name: 'Import 300 talks' }).click();
  await page.getByRole('link', { name: 'Import agenda' }).waitFor();
  const eventUrl = page.url();
  await page.close();
  const opens = [];
  for (let i = 0; i < runs; i++) {
    const { page: event } = await open(4);
    await event.goto(eventUrl);
    // Interactive: all 300 talks listed, and the frame after them produced.
    opens.push(
      await event
        .waitForFunction(
          () => {
            if (document.querySelectorAll('main li a[href^="/talks/"]').length < 300) return false;
            if (!globalThis.benchListed) {
              globalThis.benchListed = -1;
              globalThis.benchAfterFrame(() => (globalThis.benchListed = performance.now()));
            }
            return globalThis.benchListed > 0 && globalThis.benchListed;
          },
          undefined,
          { polling: 'raf', timeout: 30_000 },
        )
        .then((h) => h.jsonValue()),
    );
    await event.close();
  }
  return { bytes: big.length, reads, keys, opens };
}
