import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useAddressesAfterFrame } from '../../shared/after-frame';
import { errorMessage } from '../../shared/use-load';
import type { RenderedProps } from './NotesPreview';
import { renderMarkdownChunks } from './render-markdown';

// How long one task may spend rendering Markdown: well inside a frame on a slow phone.
const SLICE_MS = 8;

// Null before the first slice, and after rendering failed (NotesPreview says why).
type Rendered = { html: string[] } | null;

/** The notes rendered as NotesPreview shows them, a slice at a time; loaded with the Markdown code. */
export function RenderedNotes({ text, photoUrls, blog, onProblem }: RenderedProps) {
  const [rendered, setRendered] = useState<Rendered>(null);
  const root = useRef<HTMLDivElement>(null);
  useAddressesAfterFrame(root, rendered);
  // A layout effect: the first slice is drawn in the frame that shows the preview, never an empty one.
  useLayoutEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A slice of rendering per task, top of the note first, until every piece is done.
    const pass = () => {
      if (!current) return;
      let html: (string | null)[];
      try {
        html = renderMarkdownChunks(text, blog, photoUrls, SLICE_MS);
      } catch (error) {
        // A bug in rendering must not leave an empty preview unexplained.
        setRendered(null);
        onProblem(errorMessage(error));
        return;
      }
      setRendered({ html: html.filter((piece): piece is string => piece !== null) });
      onProblem('');
      if (html.includes(null)) timer = setTimeout(pass, 0);
    };
    pass();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, photoUrls.size, blog]);
  if (rendered === null) return null;
  if (!text.trim()) return <p class="empty">Nothing to preview yet.</p>;
  return (
    <div class="markdown" ref={root}>
      <p class="hint">{`As your ${blog === 'hugo' ? 'Hugo' : 'Jekyll'} blog will show it (choose the blog under Export).`}</p>
      {/* Keyed by content: only the pieces that changed since the last render touch the page. */}
      {keyed(rendered.html).map(([key, html]) => (
        <div key={key} class="markdown-piece" dangerouslySetInnerHTML={{ __html: html }} />
      ))}
    </div>
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
