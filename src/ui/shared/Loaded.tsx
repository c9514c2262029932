import type { ComponentChildren } from 'preact';
import { Link } from './Link';
import { ErrorNotice, Loading } from './Notice';
import type { Load } from './use-load';

/** Shows "Loading…", or the error with "Try again" and a way home, or the screen for the data. */
export function Loaded<T>({ data, children }: { data: Load<T> & { reload: () => void }; children: (value: T) => ComponentChildren }) {
  if (data.state === 'loading') return <Loading />;
  if (data.state === 'error') {
    return (
      <main>
        <ErrorNotice onRetry={data.reload}>{data.message}</ErrorNotice>
        <Link to="/">All events</Link>
      </main>
    );
  }
  return <>{children(data.value)}</>;
}
