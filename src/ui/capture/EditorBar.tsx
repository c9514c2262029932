import type { StatusSource } from '../../session/status';
import { SaveStatusText } from '../shared/SaveStatusText';

/** The Notes / Preview tabs above the editor, with the save status beside them. */
export function EditorBar(props: { id: string; previewing: boolean; show: (on: boolean) => void; status: StatusSource; onRetry: () => void }) {
  const { id, previewing, show } = props;
  return (
    <div class="editor-bar">
      <div role="tablist" aria-label="Notes or preview" class="tabs">
        <button type="button" role="tab" id={`${id}-write`} aria-selected={!previewing} aria-controls={`${id}-notes`} onClick={() => show(false)}>
          Notes
        </button>
        <button type="button" role="tab" id={`${id}-preview`} aria-selected={previewing} aria-controls={`${id}-rendered`} onClick={() => show(true)}>
          Preview
        </button>
      </div>
      <SaveStatusText source={props.status} onRetry={props.onRetry} />
    </div>
  );
}
