// The sessions of an agenda with a tick each, a page at a time: a big agenda's 870 rows would cost
// every keystroke in the filter a long render, and nobody reads past the first screens anyway.
import { useState } from 'preact/hooks';
import type { ImportRow } from '../../import/plan';
import { formatSpeakers } from '../../model/speakers';
import { formatDay, formatTimes } from '../shared/format';

/** Rows drawn at first, and added by each "Show more". */
const PAGE = 100;

const STATUS = { new: 'New', update: 'Updated', unchanged: 'Unchanged' } as const;

/** The shown rows (indexes into `rows`), each with its checkbox, and "Show more" past a page. */
export function SessionList({
  rows,
  shown,
  chosen,
  onTick,
}: {
  rows: readonly ImportRow[];
  shown: readonly number[];
  chosen: ReadonlySet<string>;
  onTick: (key: string, on: boolean) => void;
}) {
  const [limit, setLimit] = useState(PAGE);
  const visible = shown.slice(0, limit);
  const rest = shown.length - visible.length;
  return (
    <>
      <ul class="cards" aria-label="Sessions">
        {visible.map((i) => {
          const row = rows[i] as ImportRow;
          const { input, item } = row;
          return (
            <li key={item.key} class="card">
              <label class="check choice">
                <input type="checkbox" checked={chosen.has(item.key)} onChange={(e) => onTick(item.key, e.currentTarget.checked)} />
                <span>
                  <span class="card-title">{input.title}</span>{' '}
                  <span class="card-meta">
                    {[
                      STATUS[row.status],
                      item.service ? 'Break' : '',
                      formatDay(input.date),
                      formatTimes(input.startTime, input.endTime),
                      formatSpeakers(input.speakers),
                      input.room,
                      item.track,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
          {`Show ${Math.min(rest, PAGE)} more (${rest} not shown)`}
        </button>
      )}
    </>
  );
}
