import type { QuickInsert } from '../../model/editing';

/** Each quick insert: what the button says, and its desktop shortcut (Ctrl+Alt+key). */
export const QUICK_INSERTS: { kind: QuickInsert; label: string; short: string; key: string }[] = [
  { kind: 'bullet', label: 'Bullet', short: '•', key: 'b' },
  { kind: 'nested-bullet', label: 'Nested bullet', short: '◦', key: 'n' },
  { kind: 'quote', label: 'Quote', short: '❝', key: 'q' },
  { kind: 'speaker-quote', label: 'Quote by the speaker', short: '❝ by', key: 's' },
  { kind: 'link', label: 'Link', short: 'Link', key: 'k' },
  { kind: 'heading', label: 'Heading', short: 'H', key: 'h' },
  { kind: 'takeaway', label: 'Key takeaway', short: 'Key', key: 't' },
  { kind: 'code', label: 'Code block', short: '</>', key: 'c' },
  { kind: 'slide-later', label: 'Get this slide later', short: 'Slide later', key: 'l' },
  { kind: 'action', label: 'To do (private action item)', short: '☐ To do', key: 'a' },
  { kind: 'aside', label: 'Private aside', short: '{aside}', key: 'p' },
  { kind: 'time', label: 'Time into the talk', short: '+Time', key: 'm' },
];

/** The quick inserts for a Ctrl+Alt shortcut key, if any. */
export function insertForShortcut(event: KeyboardEvent): QuickInsert | null {
  if (!(event.ctrlKey || event.metaKey) || !event.altKey) return null;
  // The physical key: on a Mac, Option turns "b" into "∫", but the key is still KeyB.
  return QUICK_INSERTS.find((q) => event.code === `Key${q.key.toUpperCase()}`)?.kind ?? null;
}

/** A row of one-tap inserts above the notes; buttons keep the text area's focus and cursor. */
export function QuickInsertBar({ onInsert, timeKnown }: { onInsert: (kind: QuickInsert) => void; timeKnown: boolean }) {
  return (
    <div class="quick-bar" role="toolbar" aria-label="Quick insert">
      {QUICK_INSERTS.map(({ kind, label, short, key }) => (
        <button
          key={kind}
          type="button"
          class="small"
          aria-label={label}
          title={`${label} (Ctrl+Alt+${key.toUpperCase()})`}
          aria-keyshortcuts={`Control+Alt+${key.toUpperCase()}`}
          disabled={kind === 'time' && !timeKnown}
          // Keep focus (and the phone keyboard) in the notes while tapping a button.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onInsert(kind)}
        >
          {short}
        </button>
      ))}
    </div>
  );
}
