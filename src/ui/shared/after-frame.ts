// Work that waits until the browser has drawn the next frame: a step to take after it, and the
// addresses of links just put in the page.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Runs `run` once the next frame is drawn: a task queued from an animation frame callback runs
 * after that frame's style, layout and paint. A hidden page draws no frames, so it waits until
 * the page is shown again.
 */
export function afterNextFrame(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run));
}

// Links get their addresses one frame after they are put in the page.
//
// Why: Chromium's navigation predictor looks at each link once, in the first frame after it is
// inserted, and keeps watching a sample of those that point at a web address then (one in a
// hundred), through an IntersectionObserver that runs at most every 100 ms. While it watches even
// one link, every layout, so every key typed, asks for a second frame when those 100 ms are up: on
// a tablet with the preview of a note full of links beside it, about one key in six then showed a
// frame late (docs/performance.md). A link that gets its address after that first frame is never
// watched, and works as any other link: Chromium only loses a guess at which one is next.

type Held = [link: Element, href: string];

// The links waiting for the frame that is about to be drawn; null once that frame has begun.
let waiting: Held[] | null = null;

// Gives back the addresses of `held` once the frame that starts next has been drawn. Links held
// after it has begun wait for the frame after: it must be drawn with them already in the page.
function nextBatch(): Held[] {
  const held: Held[] = [];
  requestAnimationFrame(() => {
    if (waiting === held) waiting = null;
    // A task queued from an animation frame runs once that frame is drawn.
    setTimeout(() => {
      // Unless it was given another address meanwhile (a re-render with a new one).
      for (const [link, href] of held) if (!link.hasAttribute('href')) link.setAttribute('href', href);
    });
  });
  return held;
}

/** Takes the addresses off links just put in the page, and gives them back once a frame is drawn. */
export function holdAddresses(links: Iterable<Element>): void {
  for (const link of links) {
    const href = link.getAttribute('href');
    if (href === null) continue;
    waiting ??= nextBatch();
    waiting.push([link, href]);
    link.removeAttribute('href');
  }
}

/** Holds back the address of the link `ref` points at, as it goes into the page. */
export function useAddressAfterFrame(ref: RefObject<Element>): void {
  // A layout effect: it runs as the link goes in, before the browser draws a frame with it.
  useLayoutEffect(() => {
    if (ref.current) holdAddresses([ref.current]);
  }, []);
}

/** Holds back the addresses of the links newly rendered under `root`; `content` is what was rendered. */
export function useAddressesAfterFrame(root: RefObject<Element>, content: unknown): void {
  // Links rendered earlier and still in the page, their addresses already held and given back.
  const seen = useRef(new WeakSet<Element>());
  useLayoutEffect(() => {
    const fresh = [...(root.current?.querySelectorAll('a[href], area[href]') ?? [])].filter((link) => !seen.current.has(link));
    for (const link of fresh) seen.current.add(link);
    holdAddresses(fresh);
  }, [content]);
}
