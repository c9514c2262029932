import type { SaveStatus } from '../store/autosave';

/** "Saving…", "Saved", or what went wrong with a way to retry; announced politely to screen readers. */
export function SaveStatusText({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
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
