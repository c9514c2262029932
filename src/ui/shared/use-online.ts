// Whether the browser thinks it has a network, kept up to date.
import { useEffect, useState } from 'preact/hooks';

/** navigator.onLine, updated on "online" and "offline". */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}
