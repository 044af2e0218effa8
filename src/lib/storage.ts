/*
 * localStorage that never throws. Reading `window.localStorage` itself throws when the browser
 * blocks storage (some private modes, disabled cookies), and `setItem` throws when the quota is
 * full; the reader's tools must then degrade, not crash.
 */

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function readItem(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a value; false when the browser cannot store it (storage blocked or full). */
export function writeItem(key: string, value: string): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(key: string): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Calls back when another tab changes one of `keys` (the `storage` event fires only in other tabs). */
export function onOtherTabChange(keys: readonly string[], callback: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === null || keys.includes(event.key)) callback();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
