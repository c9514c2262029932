// In every page of the bench (an init script of the browser context, added before the others):
// benchAfterFrame(callback) calls back once the next frame has been produced, in a task after the
// next animation frame. The bench's other in-page functions are serialized into the page on their
// own, so they reach this one through the global.
export function defineAfterFrame() {
  globalThis.benchAfterFrame = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback();
      channel.port2.postMessage(0);
    });
}
