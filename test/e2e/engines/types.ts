// One small API over three browser engines, so one file of user flows runs in all of them:
// Chromium (playwright-core over CDP), Firefox (playwright-core over WebDriver BiDi) and WebKit
// (WebKitWebDriver's MiniBrowser under Xvfb, through webdriverio over classic WebDriver).

/** The engines the flows run in. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** A text to match: a string (exact or not, as the query says) or a pattern. */
export type Text = string | RegExp;

/** What to find, as a person reads the screen: by role and name, by label, or by text. */
export interface Query {
  role?: string;
  name?: Text;
  exact?: boolean;
  level?: number;
  hasText?: Text;
  label?: Text;
  text?: Text;
  within?: Query;
  includeHidden?: boolean;
}

/** Something on the page, found again at each use. */
export interface Target {
  waitFor(): Promise<void>;
  click(): Promise<void>;
  count(): Promise<number>;
  /** Replaces the field's value by typing (an ISO date is typed as the engine's date field wants it). */
  fill(text: string): Promise<void>;
  /** Real key presses into the element; "\n" is the Enter key. */
  type(text: string): Promise<void>;
  value(): Promise<string>;
  setFile(absolutePath: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (element: Element, arg: A) => R, arg?: A): Promise<R>;
}

/** A downloaded file. */
export interface Download {
  name: string;
  bytes: Buffer;
}

/** One tab (or window) of a device. */
export interface Tab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  find(query: Query): Target;
  role(role: string, name?: Text, options?: { exact?: boolean; level?: number }): Target;
  label(text: Text): Target;
  text(text: Text): Target;
  /** Clicks `target` and returns the file the browser saved. */
  download(target: Target): Promise<Download>;
  /** Script errors and dialogs the page showed (in WebKit, those after the page loaded: classic WebDriver reports none). */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** A device: its own, empty storage, and its tabs. */
export interface Device {
  newTab(url?: string): Promise<Tab>;
  close(): Promise<void>;
}

/** A running engine, from which devices are made. */
export interface Engine {
  newDevice(): Promise<Device>;
  close(): Promise<void>;
}
