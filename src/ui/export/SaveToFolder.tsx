// "Save into my blog folder": the export written straight into a local checkout of the blog, where
// the browser can write to folders (desktop Chrome and Edge); elsewhere it says to use the zip.
import { useState } from 'preact/hooks';
import type { ExportAsset, ExportFile } from '../../export/types';
import type { ExportTarget } from '../../model/export-settings';
import { withDB } from '../../app/services';
import { getBlogFolder, saveBlogFolder, type BlogFolder } from '../../store/folder-store';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorNotice } from '../shared/Notice';
import { errorMessage, useLoad } from '../shared/use-load';
import { repositoryFiles } from '../../export/repository-files';
import { canSaveToFolder, chooseFolder, mayWrite, notABlogQuestion, saveToFolder } from './save-to-folder';

type Step = { step: 'idle' | 'busy' } | { step: 'ask'; folder: BlogFolder; question: string } | { step: 'done' | 'error'; message: string };

/** Props: the export's files and images, and the blog engine they are for. */
export interface SaveToFolderProps {
  files: readonly ExportFile[];
  assets: readonly ExportAsset[];
  target: ExportTarget;
}

/** The "Save into my blog folder" part of the Export screen. */
export function SaveToFolder(props: SaveToFolderProps) {
  if (!canSaveToFolder()) {
    return (
      <p class="meta">Saving straight into your blog’s folder needs a browser that can write to folders (Chrome or Edge on a computer); here, use the zip.</p>
    );
  }
  return <FolderSaver {...props} />;
}

function FolderSaver({ files, assets, target }: SaveToFolderProps) {
  const remembered = useLoad(() => withDB(getBlogFolder), []);
  const folder = remembered.state === 'ready' ? remembered.value : null;
  const [state, setState] = useState<Step>({ step: 'idle' });
  const fail = (error: unknown) => setState({ step: 'error', message: errorMessage(error) });

  const write = async (chosen: BlogFolder) => {
    setState({ step: 'busy' });
    try {
      const { added, changed, unchanged } = await saveToFolder(chosen.handle, repositoryFiles(files, assets));
      setState({ step: 'done', message: `Saved into ${chosen.name}: ${added} new, ${changed} changed, ${unchanged} unchanged.` });
    } catch (error) {
      fail(error);
    }
  };

  // The permission question comes first: the browser asks only within the click's user activation.
  const saveInto = async (chosen: BlogFolder) => {
    setState({ step: 'busy' });
    try {
      if (!(await mayWrite(chosen.handle))) {
        fail(`Talknotes may not write into ${chosen.name}, so nothing was saved. Save again and allow it when the browser asks.`);
        return;
      }
      const question = await notABlogQuestion(chosen.handle, target);
      if (question) setState({ step: 'ask', folder: chosen, question });
      else await write(chosen);
    } catch (error) {
      fail(error);
    }
  };

  const chooseAndSave = async () => {
    setState({ step: 'busy' });
    try {
      const handle = await chooseFolder();
      if (!handle) return setState({ step: 'idle' });
      await withDB((db) => saveBlogFolder(db, handle));
      const chosen = { handle, name: handle.name };
      remembered.update(() => chosen);
      await saveInto(chosen);
    } catch (error) {
      fail(error);
    }
  };

  const busy = state.step === 'busy';
  const nothing = files.length === 0;
  return (
    <div class="save-to-folder">
      <div class="actions">
        {folder ? (
          <>
            <button type="button" class="primary" onClick={() => void saveInto(folder)} disabled={busy || nothing}>
              Save into {folder.name}
            </button>
            <button type="button" onClick={() => void chooseAndSave()} disabled={busy || nothing}>
              Choose another folder…
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void chooseAndSave()} disabled={busy || nothing}>
            Save into my blog folder…
          </button>
        )}
      </div>
      <p class="meta" role="status">
        {busy ? 'Saving…' : state.step === 'done' ? state.message : 'Writes the posts and images into your blog’s folder; it never deletes a file.'}
      </p>
      {remembered.state === 'error' && (
        <ErrorNotice onRetry={remembered.reload}>{`The remembered blog folder could not be read: ${remembered.message}`}</ErrorNotice>
      )}
      {state.step === 'error' && <ErrorNotice>{state.message}</ErrorNotice>}
      {state.step === 'ask' && (
        <ConfirmDialog
          title="Is this your blog’s folder?"
          message={state.question}
          confirmLabel="Save anyway"
          onConfirm={() => void write(state.folder)}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </div>
  );
}
