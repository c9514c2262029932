// Asking the browser to keep Talknotes' storage for good, once there is something worth keeping.

let asked = false;

/** After the first saved note, asks once per session for persistent storage (no prompt in most browsers). */
export function askForPersistentStorage<T>(value: T): T {
  if (!asked && navigator.storage?.persist) {
    asked = true;
    // Granted or not, the app works the same; Settings shows which it is.
    navigator.storage.persist().then(
      (granted) => granted || console.info('Persistent storage not granted: the browser may clear data when space runs low.'),
      (error: unknown) => console.info('Persistent storage could not be asked for:', error),
    );
  }
  return value;
}
