import type { ComponentChildren } from 'preact';

/** A problem the person should see, with an optional way to try again. */
export function ErrorNotice({ children, onRetry }: { children: ComponentChildren; onRetry?: () => void }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{children}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Shown while a screen's data is being read from the device. */
export function Loading() {
  return (
    <p class="loading" role="status">
      Loading…
    </p>
  );
}
