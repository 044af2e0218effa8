import type { Page } from 'playwright-core';

/*
 * Click → frame, measured in the page from the click event's own timestamp (not from the test
 * driver's call, which adds tens of ms of its own) to the first frame painted once `done` holds.
 * A task queued from requestAnimationFrame runs after that frame has been produced. The browser's
 * own Event Timing entry for the interaction (what INP is made of: input delay, handlers, next
 * paint; reported from 16 ms up, in steps of 8 ms) is kept alongside.
 */

/**
 * Runs in the page, as source text (so no bundler helper leaks in, and the page's CSP, which
 * forbids eval, is not asked): `check` is compiled with it.
 */
const ARM = `(check) => {
  window.__clickToFrame = new Promise((resolve) => {
    let clickedAt = Number.NaN;
    const events = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.interactionId) events.push(entry.duration);
    });
    observer.observe({ type: 'event', durationThreshold: 16 });
    // Frames begun since the click; the answer's frame is the one whose callbacks first see it.
    let frames = 0;
    let shownInFrame = 0;
    const count = () => {
      frames += 1;
      if (!shownInFrame && check()) shownInFrame = frames;
      if (!shownInFrame) requestAnimationFrame(count);
    };
    document.addEventListener('click', (event) => {
      clickedAt = event.timeStamp;
      requestAnimationFrame(count);
    }, { capture: true, once: true });
    const finish = () => {
      const frameMs = performance.now() - clickedAt;
      // Event Timing entries arrive after the frame they waited for: give them a moment.
      setTimeout(() => {
        observer.disconnect();
        resolve({ frameMs, frame: shownInFrame || frames, eventMs: events.length ? Math.max(...events) : null });
      }, 150);
    };
    const watch = () => {
      if (Number.isNaN(clickedAt) || !check()) return false;
      requestAnimationFrame(() => setTimeout(finish, 0));
      return true;
    };
    const mutations = new MutationObserver(() => {
      if (watch()) mutations.disconnect();
    });
    mutations.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}`;

export type ClickTiming = {
  /** Click event timestamp → first frame showing the result. */
  frameMs: number;
  /** Which frame after the click showed it: 1 is the next frame. */
  frame: number;
  /** The longest Event Timing entry of the interaction, or null if under 16 ms (not reported). */
  eventMs: number | null;
};

/** Arms the timer: call just before the click; `done` is a JS expression true once the page shows the result. */
export async function armClickToFrame(page: Page, done: string): Promise<void> {
  await page.evaluate(`(${ARM})(() => (${done}))`);
}

/** The timing of the click made after armClickToFrame. */
export async function clickToFrame(page: Page): Promise<ClickTiming> {
  return (await page.evaluate('window.__clickToFrame')) as ClickTiming;
}
