// Keeps the screen on while a talk is open (Wake Lock API where the browser has it): a dimming
// phone in the middle of a sentence costs the next one.
import { useEffect } from 'preact/hooks';

/** Holds a screen wake lock while the component is shown and the page is visible. */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return; // not offered here: the screen dims as usual
    let lock: WakeLockSentinel | null = null;
    let active = true;
    const acquire = () => {
      if (!active || document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (sentinel) => {
          if (active) lock = sentinel;
          else void sentinel.release();
        },
        // Refused (battery saver, no user gesture yet): the screen may dim; nothing to fix.
        (error: unknown) => console.info('Screen wake lock not granted:', error),
      );
    };
    // The browser drops the lock when the page is hidden; take it again on return.
    const onVisibility = () => document.visibilityState === 'visible' && acquire();
    acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisibility);
      void lock?.release();
    };
  }, []);
}
