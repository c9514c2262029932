import { useState } from 'preact/hooks';
import type { ExportFile } from '../../export';
import { canShare, downloadBlob, share } from '../shared/download';
import { errorMessage } from '../shared/use-load';
import { MessageLine, type Message } from '../shared/Notice';

const MARKDOWN = 'text/markdown;charset=utf-8';

/** A file name for one post on its own: a Hugo bundle's index.md is named after its folder. */
export function fileNameOf(path: string): string {
  const parts = path.split('/');
  const name = parts.at(-1) ?? path;
  return name === 'index.md' && parts.length > 1 ? `${parts.at(-2)}.md` : name;
}

/** Every file of the export, exactly as it will be written, each with Download, Copy and Share. */
export function ExportFiles({ files, title }: { files: ExportFile[]; title: string }) {
  const [message, setMessage] = useState<Message | null>(null);
  const act = (work: () => Promise<string | null>) => () => {
    work().then(
      (text) => text && setMessage({ text, kind: 'ok' }),
      (error: unknown) => setMessage({ text: errorMessage(error), kind: 'error' }),
    );
  };
  return (
    <>
      <MessageLine message={message} />
      {files.map((file) => {
        const name = fileNameOf(file.path);
        return (
          <section key={file.path} class="export-file" aria-label={file.path}>
            <h3>{file.path}</h3>
            <div class="actions">
              <button type="button" class="small" aria-label={`Download ${name}`} onClick={() => downloadBlob(new Blob([file.text], { type: MARKDOWN }), name)}>
                Download
              </button>
              <button
                type="button"
                class="small"
                aria-label={`Copy ${name}`}
                onClick={act(async () => {
                  await navigator.clipboard.writeText(file.text);
                  return `Copied ${name} to the clipboard.`;
                })}
              >
                Copy
              </button>
              {canShare() && (
                <button
                  type="button"
                  class="small"
                  aria-label={`Share ${name}`}
                  onClick={act(async () => {
                    const result = await share(title, [new File([file.text], name, { type: MARKDOWN })], file.text);
                    return result === 'shared' ? `Shared ${name}.` : null;
                  })}
                >
                  Share
                </button>
              )}
            </div>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus, or a keyboard cannot scroll it (axe: scrollable-region-focusable) */}
            <pre tabIndex={0}>{file.text}</pre>
          </section>
        );
      })}
    </>
  );
}
