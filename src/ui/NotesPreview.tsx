import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from './Notice';
import { errorMessage } from './use-load';

type Rendered = { state: 'loading' } | { state: 'ready'; html: string[] } | { state: 'error'; message: string };

/** The notes as they will read when published: Markdown rendered and sanitised. */
export function NotesPreview({ text, photoUrls }: { text: string; photoUrls: Map<string, string> }) {
  const [rendered, setRendered] = useState<Rendered>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    import('./render-markdown').then(
      ({ renderMarkdownChunks }) => current && setRendered({ state: 'ready', html: renderMarkdownChunks(text, photoUrls) }),
      (error: unknown) => current && setRendered({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [text, photoUrls.size]);
  return (
    <>
      {rendered.state === 'loading' && <p role="status">Preparing preview…</p>}
      {rendered.state === 'error' && (
        <ErrorNotice>
          The preview could not be shown: {rendered.message}. If Talknotes was just updated in another tab, reload this one.
        </ErrorNotice>
      )}
      {rendered.state === 'ready' &&
        (text.trim() ? (
          <div class="markdown">
            {/* Keyed by content: only the pieces that changed since the last render touch the page. */}
            {keyed(rendered.html).map(([key, html]) => (
              <div key={key} class="markdown-piece" dangerouslySetInnerHTML={{ __html: html }} />
            ))}
          </div>
        ) : (
          <p class="empty">Nothing to preview yet.</p>
        ))}
    </>
  );
}

// A key per piece from its HTML (repeats numbered), stable while the piece is unchanged.
function keyed(pieces: string[]): [string, string][] {
  const seen = new Map<string, number>();
  return pieces.map((html) => {
    const n = (seen.get(html) ?? 0) + 1;
    seen.set(html, n);
    return [`${n}:${html}`, html];
  });
}
