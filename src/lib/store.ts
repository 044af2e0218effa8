import { onOtherTabChange, readItem, removeItem, writeItem } from './storage';

/*
 * The app's small shared states — the install offer, a waiting update, the reader's preferences,
 * saved and visited stories — each read by components through useSyncExternalStore. Two shapes,
 * one place each: a value held in memory, and a value kept in localStorage (which other tabs may
 * change too).
 */

type Listener = () => void;

export type Subscribe = (listener: Listener) => () => void;

function listeners() {
  const set = new Set<Listener>();
  return {
    subscribe: ((listener) => {
      set.add(listener);
      return () => set.delete(listener);
    }) as Subscribe,
    notify: () => {
      for (const listener of set) listener();
    },
  };
}

export type Store<T> = {
  get: () => T;
  set: (value: T) => void;
  subscribe: Subscribe;
};

/** A value in memory that components subscribe to. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const { subscribe, notify } = listeners();
  return {
    get: () => value,
    set(next) {
      value = next;
      notify();
    },
    subscribe,
  };
}

export type StoredValue<T> = {
  /** The parsed value: the same object until the stored string changes (as useSyncExternalStore needs). */
  get: () => T;
  /** Stores a string (null removes the key); false when the browser cannot store it. */
  write: (raw: string | null) => boolean;
  /** Hears this tab's writes and other tabs' changes to the key. */
  subscribe: Subscribe;
};

/**
 * A value kept in localStorage under `key`. Whatever is stored (an old format, a hand edit) goes
 * through `parse`, which must turn anything into a valid value; storage that is blocked or full
 * never throws (see ./storage).
 */
export function storedValue<T>(key: string, parse: (raw: string | null) => T): StoredValue<T> {
  let cached: { raw: string | null; value: T } | undefined;
  const local = listeners();
  return {
    get() {
      const raw = readItem(key);
      if (!cached || cached.raw !== raw) cached = { raw, value: parse(raw) };
      return cached.value;
    },
    write(raw) {
      const ok = raw === null ? removeItem(key) : writeItem(key, raw);
      if (ok) local.notify();
      return ok;
    },
    subscribe(listener) {
      const stopLocal = local.subscribe(listener);
      const stopOther = onOtherTabChange([key], listener);
      return () => {
        stopLocal();
        stopOther();
      };
    },
  };
}

/** Parses stored JSON, or gives `fallback` for anything missing or unreadable. */
export function parseJson(raw: string | null, fallback: unknown = null): unknown {
  if (!raw) return fallback;
  try {
    return JSON.parse(raw);
  } catch {
    return fallback;
  }
}
