// Work that must wait until the browser has drawn the page as it is now.

/**
 * Runs `run` once the next frame is drawn: a task queued from an animation frame callback runs
 * after that frame's style, layout and paint. A hidden page draws no frames, so it waits until
 * the page is shown again.
 */
export function afterNextFrame(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run));
}
