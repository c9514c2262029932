// The save status line: "Saving…" at once, problems at once, "Saved" once typing has settled.
import { describe, expect, it } from 'vitest';
import type { SaveStatus } from '../../src/session/autosave';
import { statusSource } from '../../src/session/status';
import { fakeClock } from './fakes';

const saving: SaveStatus = { state: 'saving' };
const saved: SaveStatus = { state: 'saved', at: 1 };
const failed: SaveStatus = { state: 'error', message: 'Not saved: disk full.' };

// Each step: a status set (or ms of time passing), then what the line shows.
type Step = SaveStatus | number;
const cases: { name: string; steps: Step[]; shown: SaveStatus['state'][] }[] = [
  { name: 'the first keystroke shows "Saving…" at once', steps: [saving], shown: ['saving'] },
  { name: 'a save that lands shows "Saved" only after the pause', steps: [saving, saved, 599], shown: ['saving'] },
  { name: '… and then it does', steps: [saving, saved, 600], shown: ['saving', 'saved'] },
  {
    name: 'steady typing (a save every 200 ms, keys between) never flickers',
    steps: [saving, saved, 80, saving, 120, saved, 80, saving, 120, saved, 80, saving],
    shown: ['saving'],
  },
  { name: 'the last save of a burst shows "Saved" once', steps: [saving, saved, 80, saving, saved, 600], shown: ['saving', 'saved'] },
  { name: 'a failure shows at once', steps: [saving, failed], shown: ['saving', 'error'] },
  { name: 'a failure after a save that landed cancels "Saved"', steps: [saving, saved, 100, saving, failed, 600], shown: ['saving', 'error'] },
  {
    name: 'a retry that lands after a failure shows "Saved" after the pause',
    steps: [saving, failed, saving, saved, 600],
    shown: ['saving', 'error', 'saving', 'saved'],
  },
];

describe('the save status line', () => {
  it.each(cases)('$name', async ({ steps, shown }) => {
    const clock = fakeClock();
    const status = statusSource(clock, 600);
    const seen: SaveStatus['state'][] = [];
    status.subscribe((s) => seen.push(s.state));
    for (const step of steps) {
      if (typeof step === 'number') await clock.advance(step);
      else status.set(step);
    }
    expect(seen).toEqual(shown);
    expect(status.get().state).toBe(shown.at(-1));
  });
});
