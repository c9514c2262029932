import type { ConflictChoice as Choice } from '../../model/conflicts';

/** "Changed in another tab": keep mine, keep theirs, or keep both (both texts in the notes). */
export function ConflictChoice({ onChoose }: { onChoose: (choice: Choice) => void }) {
  return (
    <div class="banner banner-error" role="alert">
      <p>These notes were changed in another tab or window while you typed here. Which version should stay?</p>
      <div class="actions">
        <button type="button" class="small" onClick={() => onChoose('mine')}>
          Keep mine
        </button>
        <button type="button" class="small" onClick={() => onChoose('theirs')}>
          Keep theirs
        </button>
        <button type="button" class="small" onClick={() => onChoose('both')}>
          Keep both
        </button>
      </div>
    </div>
  );
}
