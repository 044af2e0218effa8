import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_VISITED, markVisited, useVisited, VISITED_KEY } from './visited-store';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('visited stories', () => {
  it('are marked once the reader opens them', () => {
    const { result } = renderHook(() => useVisited('a'));
    expect(result.current).toBe(false);
    act(() => markVisited('a'));
    expect(result.current).toBe(true);
  });

  it('keep only the most recent stories', () => {
    for (let i = 0; i <= MAX_VISITED; i++) markVisited(`s${i}`);
    const stored = JSON.parse(localStorage.getItem(VISITED_KEY) ?? '[]');
    expect(stored).toHaveLength(MAX_VISITED);
    expect(stored[0]).toBe(`s${MAX_VISITED}`);
    expect(stored).not.toContain('s0');
  });

  it('stay unmarked, without throwing, when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => markVisited('a')).not.toThrow();
    const { result } = renderHook(() => useVisited('a'));
    expect(result.current).toBe(false);
  });
});
