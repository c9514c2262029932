// The one way listeners are kept.
import { describe, expect, it } from 'vitest';
import { createNotifier } from '../../src/model/notifier';

describe('createNotifier', () => {
  it('tells every listener, in the order they came, until each unsubscribes', () => {
    const heard: string[] = [];
    const changes = createNotifier<number>();
    const stopA = changes.subscribe((n) => heard.push(`a${n}`));
    changes.subscribe((n) => heard.push(`b${n}`));
    changes.notify(1);
    stopA();
    changes.notify(2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
  });

  it('a listener added while notifying hears only the next value; one removing itself does not skip others', () => {
    const heard: string[] = [];
    const changes = createNotifier<number>();
    const stop = changes.subscribe((n) => {
      heard.push(`first${n}`);
      stop();
      changes.subscribe((m) => heard.push(`late${m}`));
    });
    changes.subscribe((n) => heard.push(`second${n}`));
    changes.notify(1);
    changes.notify(2);
    expect(heard).toEqual(['first1', 'second1', 'second2', 'late2']);
  });
});
