// One way to keep listeners: subscribe returns its own undo, notify tells each one.

/** Listeners of one kind of value. */
export interface Notifier<T> {
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: (value: T) => void): () => void;
  /** Tells every listener (those added meanwhile wait for the next value). */
  notify(value: T): void;
}

/** A new, empty set of listeners. */
export function createNotifier<T>(): Notifier<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify(value) {
      for (const listener of [...listeners]) listener(value);
    },
  };
}
