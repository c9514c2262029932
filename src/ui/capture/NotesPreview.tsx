import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ExportTarget } from '../../model/export-settings';
import { ErrorNotice } from '../shared/Notice';
import { errorMessage } from '../shared/use-load';

/** What a preview shows: the notes, the photos they refer to (id → object URL), and the blog they read as. */
export interface PreviewProps {
  text: string;
  photoUrls: Map<string, string>;
  blog: ExportTarget;
}

/** What RenderedNotes is given: the preview's own, and where to say that rendering failed. */
export type RenderedProps = PreviewProps & { onProblem: (message: string) => void };

/**
 * The notes as they will read when published on `blog`: Markdown rendered as that engine does, and
 * sanitised. The code that does it (RenderedNotes, marked, DOMPurify) loads when a preview first opens.
 */
export function NotesPreview(props: PreviewProps) {
  const [Rendered, setRendered] = useState<ComponentType<RenderedProps> | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    let current = true;
    import('./RenderedNotes').then(
      (module) => current && setRendered(() => module.RenderedNotes),
      (error: unknown) => current && setProblem(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <>
      {problem && <ErrorNotice>The preview could not be shown: {problem}. If Talknotes was just updated in another tab, reload this one.</ErrorNotice>}
      {Rendered ? <Rendered {...props} onProblem={setProblem} /> : !problem && <p role="status">Preparing preview…</p>}
    </>
  );
}
