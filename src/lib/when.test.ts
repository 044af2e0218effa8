import { describe, expect, it, vi } from 'vitest';
import { createStore } from './store';
import { whenEvent, whenScrolled, whenStore } from './when';

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('whenEvent', () => {
  it('resolves on the first of its events, and stops listening', async () => {
    const target = new EventTarget();
    const remove = vi.spyOn(target, 'removeEventListener');
    const wanted = whenEvent(target, ['pointerenter', 'focus']);
    expect(await settled(wanted)).toBe(false);
    target.dispatchEvent(new Event('focus'));
    expect(await settled(wanted)).toBe(true);
    expect(remove.mock.calls.map(([type]) => type)).toEqual(['pointerenter', 'focus']);
  });
});

describe('whenStore', () => {
  it('resolves at once when the value already passes', async () => {
    expect(await settled(whenStore(createStore(1), (value) => value > 0))).toBe(true);
  });

  it('waits for a value that passes', async () => {
    const store = createStore<string | null>(null);
    const wanted = whenStore(store, (value) => value !== null);
    store.set(null);
    expect(await settled(wanted)).toBe(false);
    store.set('offer');
    expect(await settled(wanted)).toBe(true);
  });
});

describe('whenScrolled', () => {
  it('waits for the reader to scroll a page that is at the top', async () => {
    const wanted = whenScrolled();
    expect(await settled(wanted)).toBe(false);
    window.dispatchEvent(new Event('scroll'));
    expect(await settled(wanted)).toBe(true);
  });

  it('resolves at once on a page that is already scrolled', async () => {
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(400);
    expect(await settled(whenScrolled())).toBe(true);
    vi.restoreAllMocks();
  });
});
