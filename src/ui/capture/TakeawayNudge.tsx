import { useEffect, useId, useState } from 'preact/hooks';
import { justEnded } from '../../model/now';
import type { TalkRecord } from '../../model/types';

/** When the agenda says the talk is over and the notes have no key takeaway yet, offers one line for it. */
export function TakeawayNudge(props: { talk: TalkRecord; timeZone: string; notes: string; onAdd: (takeaway: string) => void }) {
  const { talk, timeZone, notes, onAdd } = props;
  // Only right after the talk: opening an old talk next week does not ask again.
  const [ended, setEnded] = useState(() => justEnded(talk, Date.now(), timeZone));
  const [dismissed, setDismissed] = useState(false);
  const [text, setText] = useState('');
  const id = useId();
  useEffect(() => {
    if (ended) return;
    const timer = setInterval(() => justEnded(talk, Date.now(), timeZone) && setEnded(true), 30_000);
    return () => clearInterval(timer);
  }, [ended, talk, timeZone]);
  if (!ended || dismissed || notes.includes('**Key takeaway:**')) return null;
  return (
    <form
      class="nudge"
      aria-live="polite"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onAdd(text);
        setDismissed(true);
      }}
    >
      <p id={`${id}-title`}>The talk has ended. What is the one thing to remember?</p>
      <label for={id}>Your key takeaway</label>
      <div class="inline-form">
        <input id={id} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="small primary">
          Add
        </button>
        <button type="button" class="small" onClick={() => setDismissed(true)}>
          Not now
        </button>
      </div>
    </form>
  );
}
