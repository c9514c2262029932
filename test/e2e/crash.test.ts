// The browser process killed mid-sentence (a phone killing the app, a crash): everything up to the
// last "Saved" is there afterwards, and at most the last moments of typing are missing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME, serve } from './support/browser';
import { addTalk, createEvent, notes } from './support/flows';

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** Chromium started by hand (so it can be killed for real) and driven over the DevTools protocol. */
async function startChromium(profile: string): Promise<{ browser: Browser; process: ChildProcess }> {
  const child = spawn(CHROME, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--remote-debugging-port=0',
    'about:blank',
  ]);
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Chromium did not start')), 30_000);
    child.stderr?.on('data', (data: Buffer) => {
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(String(data));
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', () => reject(new Error('Chromium exited while starting')));
  });
  return { browser: await chromium.connectOverCDP(endpoint), process: child };
}

describe('a killed browser', () => {
  it('keeps everything up to the last save; only the last few hundred milliseconds of typing can be lost', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'talknotes-crash-'));
    const server = await serve();
    // Chromium's helper processes may still be writing for a moment after it is gone: retry.
    cleanup.push(
      () => rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }),
      () => server.close(),
    );

    const first = await startChromium(profile);
    const page = await first.browser.contexts()[0]!.newPage();
    await page.goto(server.url);
    await createEvent(page, { name: 'Crash Summit' });
    await addTalk(page, { title: 'Typed until the crash' });
    const talkUrl = page.url();

    // Steady typing: a word every 40 ms for 2 s, remembering when each was typed.
    const typed: { at: number; text: string }[] = [];
    let text = '';
    for (let i = 0; i < 50; i++) {
      const word = `w${i} `;
      await page.keyboard.insertText(word);
      text += word;
      typed.push({ at: Date.now(), text });
      await page.waitForTimeout(40);
    }
    const killedAt = Date.now();
    first.process.kill('SIGKILL');
    await new Promise((resolve) => first.process.once('exit', resolve));

    const second = await startChromium(profile);
    cleanup.push(async () => {
      const exited = new Promise((resolve) => second.process.once('exit', resolve));
      second.process.kill('SIGKILL');
      await exited;
    });
    const again = await second.browser.contexts()[0]!.newPage();
    await again.goto(talkUrl);
    await notes(again).waitFor();
    const kept = await notes(again).inputValue();

    // What survived is exactly something that was on screen at some moment...
    const state = typed.findIndex((t) => t.text === kept);
    expect(state, `kept ${JSON.stringify(kept)}`).toBeGreaterThanOrEqual(0);
    // ...and nothing typed more than 200 ms before the kill is missing (plus up to 200 ms for the commit
    // and for this test driving the browser from another process on a busy 2-core machine).
    const lostSince = typed[state + 1]?.at ?? killedAt;
    expect(killedAt - lostSince).toBeLessThanOrEqual(200 + 200);
  }, 90_000);
});
