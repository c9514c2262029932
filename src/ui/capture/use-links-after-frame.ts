// Links in the preview get their addresses one frame after they are put in the page.
//
// Why: Chromium's navigation predictor looks at each link once, in the first frame after it is
// inserted, and keeps watching a sample of those that point at a web address then, through an
// IntersectionObserver that runs at most every 100 ms. While it watches any link, every layout
// (each key typed in the notes beside the preview) asks for a second frame when those 100 ms are
// up: a 50 KB note's preview holds hundreds of links, and on a tablet about one key in six then
// showed a frame late (docs/performance.md). A link that gets its address after that first frame
// is never watched; it works as any other link. Offline notes have nothing to predict anyway.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { afterNextFrame } from '../shared/after-frame';

/** Holds back the addresses of links newly rendered under `root` until the next frame is drawn; `content` is what was rendered. */
export function useLinksAfterFrame(root: RefObject<HTMLElement>, content: unknown): void {
  // The links already given back their addresses: rendered earlier and still in the page.
  const released = useRef(new WeakSet<Element>());
  // A layout effect: it runs as the new links go in, before the browser draws a frame with them.
  useLayoutEffect(() => {
    const held: [Element, string][] = [];
    for (const link of root.current?.querySelectorAll('a[href], area[href]') ?? []) {
      if (released.current.has(link)) continue;
      released.current.add(link);
      held.push([link, link.getAttribute('href') ?? '']);
      link.removeAttribute('href');
    }
    if (held.length === 0) return;
    afterNextFrame(() => {
      for (const [link, href] of held) link.setAttribute('href', href);
    });
  }, [content]);
}
