import { useState } from 'preact/hooks';
import type { ExportTarget } from '../../../model/export-settings';
import { ErrorNotice } from '../../shared/Notice';
import { useLoad } from '../../shared/use-load';

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
  const code = useLoad(() => import('./RenderedNotes'), []);
  const [problem, setProblem] = useState('');
  const failed = code.state === 'error' ? code.message : problem;
  const Rendered = code.state === 'ready' ? code.value.RenderedNotes : null;
  return (
    <>
      {failed && <ErrorNotice>The preview could not be shown: {failed}. If Talknotes was just updated in another tab, reload this one.</ErrorNotice>}
      {Rendered ? <Rendered {...props} onProblem={setProblem} /> : code.state === 'loading' && <p role="status">Preparing preview…</p>}
    </>
  );
}
