import { useSyncExternalStore } from 'react';
import { onOtherTabChange, readItem, writeItem } from '@/lib/storage';

/*
 * Which stories this reader has opened, so lists can mark them. Only slugs are kept, newest
 * first, capped so the list never grows without bound.
 */

export const VISITED_KEY = 'broadsheet.visited';
export const MAX_VISITED = 500;

const listeners = new Set<() => void>();
let cached: { raw: string | null; slugs: ReadonlySet<string> } | undefined;

function readVisited(): ReadonlySet<string> {
  const raw = readItem(VISITED_KEY);
  if (cached?.raw !== raw) {
    let slugs: string[] = [];
    try {
      const value: unknown = raw ? JSON.parse(raw) : [];
      if (Array.isArray(value)) slugs = value.filter((slug): slug is string => typeof slug === 'string');
    } catch {
      // Unreadable: start afresh rather than fail.
    }
    cached = { raw, slugs: new Set(slugs) };
  }
  return cached.slugs;
}

/** Remembers that the reader opened a story. Best effort: without storage nothing is marked. */
export function markVisited(slug: string): void {
  const current = readVisited();
  if ([...current][0] === slug) return;
  const slugs = [slug, ...[...current].filter((s) => s !== slug)].slice(0, MAX_VISITED);
  if (writeItem(VISITED_KEY, JSON.stringify(slugs))) for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const stop = onOtherTabChange([VISITED_KEY], listener);
  return () => {
    listeners.delete(listener);
    stop();
  };
}

/** False on the server and while hydrating (no page is prerendered as visited); then the truth. */
export function useVisited(slug: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => readVisited().has(slug),
    () => false,
  );
}
