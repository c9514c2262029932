import { useEffect, useState } from 'preact/hooks';
import type { StatusSource } from '../../session/status';

/** "Saving…", "Saved", or what went wrong with a way to retry; announced politely to screen readers. */
export function SaveStatusText({ source, onRetry }: { source: StatusSource; onRetry: () => void }) {
  const [status, setStatus] = useState(source.get);
  useEffect(() => {
    setStatus(source.get());
    return source.subscribe(setStatus);
  }, [source]);
  return (
    <div class={`save-status save-${status.state}`} role="status" aria-live="polite">
      {status.state === 'saving' && 'Saving…'}
      {status.state === 'saved' && 'Saved'}
      {status.state === 'error' && (
        <>
          <span>{status.message}</span>{' '}
          <button type="button" class="small" onClick={onRetry}>
            Try again
          </button>
        </>
      )}
    </div>
  );
}
