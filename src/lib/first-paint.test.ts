import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_TIMEOUT_MS } from './first-paint';

/** Stands in for the browser's PerformanceObserver: the test reports paint entries. */
class FakeObserver {
  static supportedEntryTypes: readonly string[] = ['paint'];
  static current: FakeObserver | undefined;
  observed: PerformanceObserverInit | undefined;
  disconnected = false;
  constructor(readonly callback: PerformanceObserverCallback) {
    FakeObserver.current = this;
  }
  observe(options: PerformanceObserverInit) {
    this.observed = options;
  }
  disconnect() {
    this.disconnected = true;
  }
  report(name: string) {
    const list = { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) };
    this.callback(list as unknown as PerformanceObserverEntryList, this as unknown as PerformanceObserver);
  }
}

function setVisibility(state: DocumentVisibilityState) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeObserver.supportedEntryTypes = ['paint'];
  FakeObserver.current = undefined;
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  setVisibility('visible');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('afterFirstPaint', () => {
  it('starts the app when the browser reports the first contentful paint, not before', () => {
    const start = vi.fn();
    afterFirstPaint(start);
    expect(FakeObserver.current?.observed).toEqual({ type: 'paint', buffered: true });
    vi.advanceTimersByTime(100);
    FakeObserver.current?.report('first-paint');
    expect(start).not.toHaveBeenCalled();
    FakeObserver.current?.report('first-contentful-paint');
    expect(start).toHaveBeenCalledOnce();
    expect(FakeObserver.current?.disconnected).toBe(true);
  });

  it('starts only once, whatever else happens afterwards', () => {
    const start = vi.fn();
    afterFirstPaint(start);
    FakeObserver.current?.report('first-contentful-paint');
    setVisibility('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(FIRST_PAINT_TIMEOUT_MS * 2);
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts at once in a hidden tab, which paints nothing', () => {
    setVisibility('hidden');
    const start = vi.fn();
    afterFirstPaint(start);
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts when the tab is hidden before it has painted', () => {
    const start = vi.fn();
    afterFirstPaint(start);
    setVisibility('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts after a timeout in a browser that never reports the paint', () => {
    const start = vi.fn();
    afterFirstPaint(start);
    vi.advanceTimersByTime(FIRST_PAINT_TIMEOUT_MS - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledOnce();
  });

  it('waits for a frame and a task where paint timing does not exist', () => {
    FakeObserver.supportedEntryTypes = [];
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const start = vi.fn();
    afterFirstPaint(start);
    expect(FakeObserver.current).toBeUndefined();
    expect(start).not.toHaveBeenCalled();
    for (const frame of frames) frame(0);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledOnce();
  });
});
