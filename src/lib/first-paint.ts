/*
 * When the browser has painted the page for the first time. A frame callback plus a task (what
 * the boot script waited for before) can run before that frame reaches the screen: in Chromium's
 * traces the app's chunks were then requested before first contentful paint, which put them on
 * the paint's critical path in Lighthouse's model of a slow phone. The paint timing entry is
 * reported once the frame has been presented.
 */

/** Starts the app anyway if no paint is reported by then (a browser that never reports one). */
export const FIRST_PAINT_TIMEOUT_MS = 3000;

/** Calls `start` once, after the first contentful paint (or at once in a tab that paints nothing). */
export function afterFirstPaint(start: () => void, timeoutMs = FIRST_PAINT_TIMEOUT_MS): void {
  let observer: PerformanceObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHidden);
    start();
  };
  // A hidden (background or prerendering) tab paints nothing until it is shown.
  const onHidden = () => {
    if (document.visibilityState === 'hidden') go();
  };
  if (document.visibilityState === 'hidden') {
    go();
    return;
  }
  document.addEventListener('visibilitychange', onHidden);
  timer = setTimeout(go, timeoutMs);
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) go();
    });
    // Buffered: the paint may have happened before this script ran.
    observer.observe({ type: 'paint', buffered: true });
  } else {
    // No paint timing: a task queued from a frame callback, which runs after that frame.
    requestAnimationFrame(() => setTimeout(go, 0));
  }
}
