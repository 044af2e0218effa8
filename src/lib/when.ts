import type { Store } from './store';

/*
 * Triggers for islands that wait (`island(load, { when })`): each returns a promise that resolves
 * once, when the thing happens — or at once if it already has.
 */

/** The first of `types` on `target` (intent on a control, a scroll, the connection dropping). */
export function whenEvent(target: EventTarget, types: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const fire = () => {
      for (const type of types) target.removeEventListener(type, fire);
      resolve();
    };
    for (const type of types) target.addEventListener(type, fire, { passive: true });
  });
}

/** A store's value passing `test`: checked now, then on every change. */
export function whenStore<T>(store: Pick<Store<T>, 'get' | 'subscribe'>, test: (value: T) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test(store.get())) {
      resolve();
      return;
    }
    const stop = store.subscribe(() => {
      if (!test(store.get())) return;
      stop();
      resolve();
    });
  });
}

/** The reader scrolling the page (or the page already scrolled, as after a reload). */
export function whenScrolled(): Promise<void> {
  return window.scrollY > 0 ? Promise.resolve() : whenEvent(window, ['scroll']);
}
