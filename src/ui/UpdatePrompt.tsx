import { useEffect, useState } from 'preact/hooks';
import { reloadToUpdate, onUpdateState, type UpdateState } from '../pwa/update';
import { flushAllAutosavers } from '../store/autosave';

/** "Update available — reload": shown when a new version is ready; reloads only when asked. */
export function UpdatePrompt() {
  const [state, setState] = useState<UpdateState>('none');
  const [blocked, setBlocked] = useState(false);
  useEffect(() => onUpdateState(setState), []);
  if (state !== 'available') return null;
  const reload = async () => setBlocked(!(await reloadToUpdate(flushAllAutosavers)));
  return (
    <div class="banner" role="status">
      <p>
        {blocked
          ? 'Your latest notes are not saved yet, so Talknotes did not reload. Check the message in the editor, then try again.'
          : 'Update available. Your notes are saved before reloading.'}
      </p>
      <button type="button" class="primary small" onClick={reload}>
        Reload to update
      </button>
    </div>
  );
}
