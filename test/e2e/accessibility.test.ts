import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { typeNotes } from './support/flows';
import { useAppPage } from './support/session';

// The smallest phone in use: 320 px wide.
const app = useAppPage({ viewport: { width: 320, height: 640 } });

describe('every screen, light and dark, at 320 px', () => {
  it.each(['light', 'dark'] as const)('has no serious or critical axe violations (%s)', async (scheme) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, 'home, empty');
    await page.getByRole('link', { name: 'New event' }).click();
    await expectAccessible(page, 'new event');
    await page.getByLabel('Name').fill('A11y Summit');
    await page.getByLabel('Start date').fill('2017-04-18');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByRole('heading', { level: 1, name: 'A11y Summit' }).waitFor();
    await page.getByRole('link', { name: 'Add talk', exact: true }).click();
    await expectAccessible(page, 'add talk');
    await page.getByLabel('Title').fill('Contrast matters');
    await page.getByRole('button', { name: 'Add talk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Contrast matters' }).waitFor();
    await typeNotes(page, '## Heading\n- [ ] follow up\n<< get the slide >>\n> quote');
    await expectAccessible(page, 'notes');
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('tabpanel', { name: 'Preview' }).getByRole('heading', { name: 'Heading' }).waitFor();
    await expectAccessible(page, 'preview');
    await page.getByRole('link', { name: 'A11y Summit' }).click();
    await expectAccessible(page, 'event');
    for (const heading of ['Export', 'Follow-ups', 'Import agenda']) {
      await page.getByRole('link', { name: heading, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectAccessible(page, heading);
      await page.goBack();
    }
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectAccessible(page, 'settings');
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Search notes').fill('slide');
    await page.getByRole('status').filter({ hasText: 'found' }).waitFor();
    await expectAccessible(page, 'search');
    // Nothing sticks out sideways at 320 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('keeps every control usable at 200 % zoom', async () => {
    const { page } = app;
    // 200 % zoom of a 320 px screen lays out like 160 CSS px; 360 px at 200 % is 180.
    await page.setViewportSize({ width: 180, height: 400 });
    await page.getByRole('link', { name: 'New event' }).click();
    await page.getByLabel('Name').fill('Zoomed');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByRole('link', { name: 'Add talk', exact: true }).click();
    await page.getByLabel('Title').fill('Big text');
    await page.getByRole('button', { name: 'Add talk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Big text' }).waitFor();
    for (const name of ['Take photo', 'Add from gallery']) {
      const box = await page.getByText(name, { exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 180, name).toBe(true);
    }
    // Touch targets: every button at least 44 px high (file inputs count through their 44 px label).
    for (const button of await page.getByRole('button').all()) {
      const target = await button.evaluate((el) => (el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0] : el).getBoundingClientRect().height);
      expect(target, (await button.getAttribute('aria-label')) ?? (await button.innerText())).toBeGreaterThanOrEqual(44);
    }
  });
});
