import { afterEach, describe, expect, it, vi } from 'vitest';
import { onOtherTabChange, readItem, removeItem, writeItem } from './storage';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage', () => {
  it('stores and reads back a value', () => {
    expect(writeItem('k', 'v')).toBe(true);
    expect(readItem('k')).toBe('v');
    expect(removeItem('k')).toBe(true);
    expect(readItem('k')).toBeNull();
  });

  it('reports a full store as false instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeItem('k', 'v')).toBe(false);
  });

  it('reads nothing, and stores nothing, when the browser blocks storage altogether', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readItem('k')).toBeNull();
    expect(writeItem('k', 'v')).toBe(false);
    expect(removeItem('k')).toBe(false);
  });

  it('hears changes made in other tabs to the keys it watches, and only those', () => {
    const heard = vi.fn();
    const stop = onOtherTabChange(['watched'], heard);
    window.dispatchEvent(new StorageEvent('storage', { key: 'other' }));
    expect(heard).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent('storage', { key: 'watched' }));
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: 'watched' }));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
