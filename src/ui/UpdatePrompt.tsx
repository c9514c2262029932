import { useEffect, useState } from 'preact/hooks';
import { reloadToUpdate, onUpdateState, type UpdateState } from '../pwa/update';
import { appServices } from '../app/services';
import { errorMessage } from './shared/use-load';

/** "Update available — reload": shown when a new version is ready; reloads only when asked. */
export function UpdatePrompt() {
  const [state, setState] = useState<UpdateState>('none');
  const [problem, setProblem] = useState('');
  useEffect(() => onUpdateState(setState), []);
  if (state !== 'available') return null;
  const reload = () =>
    reloadToUpdate(() => appServices().savers.flushAll()).then(
      (reloading) =>
        setProblem(reloading ? '' : 'Your latest notes are not saved yet, so Talknotes did not reload. Check the message in the editor, then try again.'),
      (error: unknown) => setProblem(`The update could not be started: ${errorMessage(error)}`),
    );
  return (
    <div class="banner" role="status">
      <p>{problem || 'Update available. Your notes are saved before reloading.'}</p>
      <button type="button" class="primary small" onClick={reload}>
        Reload to update
      </button>
    </div>
  );
}
