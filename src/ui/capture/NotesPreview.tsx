import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportTarget } from '../../model/export-settings';
import { ErrorNotice } from '../shared/Notice';
import { errorMessage } from '../shared/use-load';
import { useLinksAfterFrame } from './use-links-after-frame';

// How long one task may spend rendering Markdown: well inside a frame on a slow phone.
const SLICE_MS = 8;

type Rendered = { state: 'loading' } | { state: 'ready'; html: string[] } | { state: 'error'; message: string };

/** The notes as they will read when published on `blog`: Markdown rendered as that engine does, and sanitised. */
export function NotesPreview({ text, photoUrls, blog }: { text: string; photoUrls: Map<string, string>; blog: ExportTarget }) {
  const [rendered, setRendered] = useState<Rendered>({ state: 'loading' });
  const root = useRef<HTMLDivElement>(null);
  useLinksAfterFrame(root, rendered);
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    import('./render-markdown').then(
      ({ renderMarkdownChunks }) => {
        // A slice of rendering per task, top of the note first, until every piece is done.
        const pass = () => {
          if (!current) return;
          let html: (string | null)[];
          try {
            html = renderMarkdownChunks(text, blog, photoUrls, SLICE_MS);
          } catch (error) {
            setRendered({ state: 'error', message: errorMessage(error) }); // a bug in rendering must not leave "Preparing…" up
            return;
          }
          setRendered({ state: 'ready', html: html.filter((piece): piece is string => piece !== null) });
          if (html.includes(null)) timer = setTimeout(pass, 0);
        };
        pass();
      },
      (error: unknown) => current && setRendered({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, photoUrls.size, blog]);
  return (
    <>
      {rendered.state === 'loading' && <p role="status">Preparing preview…</p>}
      {rendered.state === 'error' && (
        <ErrorNotice>The preview could not be shown: {rendered.message}. If Talknotes was just updated in another tab, reload this one.</ErrorNotice>
      )}
      {rendered.state === 'ready' &&
        (text.trim() ? (
          <div class="markdown" ref={root}>
            <p class="hint">{`As your ${blog === 'hugo' ? 'Hugo' : 'Jekyll'} blog will show it (choose the blog under Export).`}</p>
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
