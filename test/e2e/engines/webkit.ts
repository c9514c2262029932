// WebKit, the engine of every iPhone: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver over
// classic W3C WebDriver (it speaks no BiDi) through webdriverio, on an X server of its own (Xvfb).
// WebKitWebDriver allows one session at a time, so each device is a driver (and browser) of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { remote } from 'webdriverio';
import { PHONE_SCREEN } from '../support/browser';
import { findInPage, type WireQuery } from './find-in-page';
import type { Device, Download, Engine, Query, Tab, Target, Text } from './types';
import { newFileIn, until } from './wait';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// Ports a browser refuses to fetch from (the fetch standard's "bad ports"): never given to a driver.
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137,
  139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

type Browser = Awaited<ReturnType<typeof remote>>;

// "Execute script" with a function and its arguments (webdriverio's own types follow the arguments' kinds closely).
const run = <R>(browser: Browser, fn: unknown, ...args: unknown[]): Promise<R> =>
  (browser.execute as unknown as (f: unknown, ...a: unknown[]) => Promise<R>)(fn, ...args);

/** A RegExp as JSON can carry it into the page. */
const wire = (text: Text | undefined) => (text instanceof RegExp ? { source: text.source, flags: text.flags } : text);
const wireQuery = (q: Query): WireQuery => ({
  ...q,
  name: wire(q.name),
  hasText: wire(q.hasText),
  label: wire(q.label),
  text: wire(q.text),
  within: q.within && wireQuery(q.within),
});

async function freePort(): Promise<number> {
  for (;;) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    if (!BAD_PORTS.has(port)) return port;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(3000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

// In the page after each load: script errors and unhandled rejections, collected (classic WebDriver
// reports none; errors during the load itself go unseen).
function trapErrors() {
  const w = window as unknown as { talknotesErrors?: string[] };
  if (w.talknotesErrors) return;
  const errors: string[] = [];
  w.talknotesErrors = errors;
  addEventListener('error', (event) => errors.push(event.message));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  window.alert = (message?: unknown) => void errors.push(`dialog: ${String(message)}`);
}

function target(tab: WebKitTab, q: Query): Target {
  const query = wireQuery(q);
  const all = async () => {
    await tab.activate();
    return run<WebdriverIO.Element[]>(tab.browser, findInPage, query);
  };
  const element = async (): Promise<WebdriverIO.Element> =>
    (await tab.browser.$((await until(async () => (await all())[0], `element ${JSON.stringify(query)}`)) as never)) as unknown as WebdriverIO.Element;
  return {
    waitFor: async () => void (await element()),
    click: async () => (await element()).click(),
    count: async () => (await all()).length,
    async fill(text) {
      const el = await element();
      await el.clearValue();
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      // WebKitGTK's date field takes keys in the locale's order (MM/DD/YYYY here): "2026-11-26" as
      // typed would read back as "0026-12-11".
      if (iso && (await el.getAttribute('type')) === 'date') await el.addValue(`${iso[2]}/${iso[3]}/${iso[1]}`);
      else await el.addValue(text);
    },
    // "\n" is not Enter in element send keys: WebKit wants the Enter key's code point.
    type: async (text) => (await element()).addValue(text.replace(/\n/g, '\uE007')),
    value: async () => String(await (await element()).getValue()),
    // A file input takes an absolute path through element send keys.
    setFile: async (path) => void (await tab.browser.elementSendKeys((await element()).elementId, path)),
    evaluate: async (fn, arg) => run(tab.browser, fn, await element(), arg),
  };
}

interface WebKitTab extends Tab {
  browser: Browser;
  activate(): Promise<void>;
}

function device(browser: Browser, downloads: string, closeDevice: () => Promise<void>): Device {
  let current: string | null = null;
  let used = false;
  return {
    async newTab(url) {
      // The first tab is the session's own window; later ones are new windows.
      const handle = used ? (await browser.createWindow('tab')).handle : await browser.getWindowHandle();
      used = true;
      const activate = async () => {
        if (current !== handle) {
          await browser.switchToWindow(handle);
          current = handle;
        }
      };
      const loaded = async () => void (await run(browser, trapErrors));
      const made: WebKitTab = {
        browser,
        activate,
        goto: async (to) => (await activate(), await browser.url(to), await loaded()),
        reload: async () => (await activate(), await browser.refresh(), await loaded()),
        url: async () => (await activate(), browser.getUrl()),
        evaluate: async (fn, arg) => (await activate(), run(browser, fn, arg)),
        find: (q) => target(made, q),
        role: (role, name, options = {}) => target(made, { role, name, ...options }),
        label: (label) => target(made, { label, includeHidden: true }),
        text: (text) => target(made, { text }),
        // WebKit saves a download without asking, in the XDG download folder the device was given.
        download: (button): Promise<Download> => newFileIn(downloads, () => button.click(), { settle: true }),
        errors: async () => (await activate(), run<string[]>(browser, () => (window as unknown as { talknotesErrors?: string[] }).talknotesErrors ?? [])),
        close: async () => (await activate(), await browser.closeWindow(), void (current = null)),
      };
      if (url) await made.goto(url);
      return made;
    },
    close: closeDevice,
  };
}

/** Xvfb on a phone-sized screen, and a WebKitWebDriver (with its MiniBrowser) per device. */
export async function startWebKit(): Promise<Engine> {
  // MiniBrowser's window cannot be narrower than its toolbar (447 px): on a 360×740 X screen, in full
  // screen, it is a 360×740 viewport. -displayfd: Xvfb names a free display once it takes connections.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${PHONE_SCREEN.width}x${PHONE_SCREEN.height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdio[3]?.on('data', (data: Buffer) => {
      out += data.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): is the xvfb package installed?`)));
    setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000).unref();
  });
  const drivers = new Set<ChildProcess>();
  // If the test process dies, no X server or browser is left behind.
  const orphans = () => {
    for (const driver of drivers) driver.kill('SIGKILL');
    xvfb.kill('SIGKILL');
  };
  process.once('exit', orphans);

  const newDevice = async (): Promise<Device> => {
    const port = await freePort();
    // Each device saves downloads in a folder of its own: glib's XDG download folder, set through a
    // user-dirs.dirs in a config folder of its own (without one, WebKit saves into $HOME).
    const home = await mkdtemp(join(tmpdir(), 'talknotes-webkit-'));
    const downloads = join(home, 'Downloads');
    await mkdir(join(home, 'config'), { recursive: true });
    await mkdir(downloads);
    await writeFile(join(home, 'config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display, HOME: home, XDG_CONFIG_HOME: join(home, 'config') },
      stdio: 'ignore',
    });
    drivers.add(driver);
    await until(() => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok), `WebKitWebDriver on port ${port}`, 10_000);
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        // webdriverio asks for BiDi by default, which WebKitWebDriver refuses: classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
      } as WebdriverIO.Capabilities,
    });
    await browser.setWindowSize(PHONE_SCREEN.width, PHONE_SCREEN.height);
    return device(browser, downloads, async () => {
      await browser.deleteSession().catch(() => undefined); // the browser may be gone already: stopping the driver ends it anyway
      await stop(driver);
      drivers.delete(driver);
      await rm(home, { recursive: true, force: true });
    });
  };

  return {
    newDevice,
    async close() {
      for (const driver of drivers) await stop(driver);
      drivers.clear();
      await stop(xvfb);
      process.off('exit', orphans);
    },
  };
}
