// Messages between the app's pages (tabs, windows) on one device, passed in so tests can use
// their own.

/** One end of a named channel: it hears every other end's messages, never its own. */
export interface Broadcast {
  post(message: unknown): void;
  /** Calls `listener` with each message from the other ends. */
  listen(listener: (message: unknown) => void): void;
  close(): void;
}

/** Opens a new end of the named channel, or gives null where there is no such thing. */
export type OpenBroadcast = (name: string) => Broadcast | null;

/** A BroadcastChannel as a Broadcast; null in a browser without one. */
export const browserBroadcast: OpenBroadcast = (name) => {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (listener) => channel.addEventListener('message', ({ data }: MessageEvent<unknown>) => listener(data)),
    close: () => channel.close(),
  };
};
