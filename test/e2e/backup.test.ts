import { readFile } from 'node:fs/promises';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { phone } from './support/browser';
import { addTalk, createEvent, notes, typeNotes } from './support/flows';
import { useAppPage } from './support/session';

const app = useAppPage({ acceptDownloads: true });

describe('backup and restore', () => {
  it('backs up everything on one device and restores it on another; a tampered file changes nothing', async () => {
    const { page } = app;
    await createEvent(page, { name: 'Backed-up Summit', start: '2017-04-18' });
    await addTalk(page, { title: 'Keep me', speaker: 'Ana' });
    await typeNotes(page, '* precious notes {{ braces }}');
    await page.getByRole('link', { name: 'Settings' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up everything' }).click()]);
    await page.getByRole('status').filter({ hasText: 'Backed up 1 event, 1 talk, 0 photos.' }).waitFor();
    await page.getByText(/^Last backup: /).waitFor();
    const backup = await readFile(await download.path());

    // Another device: a fresh browser profile with nothing in it.
    const other = await phone(page.context().browser()!);
    const device = await other.newPage();
    await device.goto(page.url());
    const tamperedFiles = unzipSync(new Uint8Array(backup));
    const json = JSON.parse(new TextDecoder().decode(tamperedFiles['talknotes-backup.json'])) as { talks: { date: string }[] };
    json.talks[0]!.date = 'yesterday';
    const tampered = zipSync({ ...tamperedFiles, 'talknotes-backup.json': strToU8(JSON.stringify(json)) });
    await device.getByText('Restore from a backup file').setInputFiles({ name: 'tampered.zip', mimeType: 'application/zip', buffer: Buffer.from(tampered) });
    await device.getByRole('alert').filter({ hasText: 'The backup is damaged or was changed: talks.0.date' }).waitFor();
    await device.getByRole('link', { name: 'Talknotes' }).click();
    await device.getByText('No events yet.').waitFor();

    await device.getByRole('link', { name: 'Settings' }).click();
    await device.getByText('Restore from a backup file').setInputFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: backup });
    await device.getByRole('status').filter({ hasText: 'holds 1 event, 1 talk, 0 photos.' }).waitFor();
    await device.getByRole('button', { name: 'Restore', exact: true }).click();
    await device.getByRole('status').filter({ hasText: 'Restored: 3 added, 0 updated, 0 kept as they were.' }).waitFor();
    await device.getByRole('link', { name: 'Talknotes' }).click();
    await device
      .getByRole('list', { name: 'Events' })
      .getByRole('link', { name: /Backed-up Summit/ })
      .click();
    await device.getByRole('link', { name: /Keep me/ }).click();
    await expect.poll(() => notes(device).inputValue()).toBe('* precious notes {{ braces }}');
    await other.close();
  });
});

describe('the storage nudge', () => {
  it('reminds to back up when storage is not persistent, can be dismissed, and stays quiet after a backup', async () => {
    const { page } = app;
    await page.context().addInitScript(() => {
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
    });
    await page.reload();
    expect(await page.getByRole('complementary', { name: 'Keep your notes safe' }).count()).toBe(0); // nothing to lose yet
    await createEvent(page, { name: 'Nudged Summit' });
    await page.getByRole('link', { name: 'Talknotes' }).click();
    const nudge = page.getByRole('complementary', { name: 'Keep your notes safe' });
    await nudge.getByText('Your notes live only in this browser').waitFor();
    await nudge.getByRole('button', { name: 'Not now' }).click();
    await page.reload();
    await page.getByRole('list', { name: 'Events' }).waitFor();
    expect(await nudge.count()).toBe(0);

    await page.evaluate(() => localStorage.clear());
    await page.getByRole('link', { name: 'Settings' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up everything' }).click()]);
    await page.getByRole('status').filter({ hasText: 'Backed up' }).waitFor();
    await page.getByRole('link', { name: 'Talknotes' }).click();
    await page.getByRole('list', { name: 'Events' }).waitFor();
    await page.waitForTimeout(200);
    expect(await nudge.count()).toBe(0);
  });
});
