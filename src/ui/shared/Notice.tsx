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

/** A message for the person: what happened, and whether it went wrong. */
export interface Message {
  text: string;
  kind: 'ok' | 'error';
}

/** Shows a Message: an error as an alert, anything else as a polite status line. */
export function MessageLine({ message, onRetry }: { message: Message | null; onRetry?: () => void }) {
  if (!message) return null;
  if (message.kind === 'error') return <ErrorNotice onRetry={onRetry}>{message.text}</ErrorNotice>;
  return (
    <p role="status" class="ok">
      {message.text}
    </p>
  );
}
