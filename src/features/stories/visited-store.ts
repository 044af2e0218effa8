import { useSyncExternalStore } from 'react';
import { parseJson, storedValue } from '@/lib/store';

/*
 * Which stories this reader has opened, so lists can mark them. Only slugs are kept, newest
 * first, capped so the list never grows without bound.
 */

export const VISITED_KEY = 'broadsheet.visited';
export const MAX_VISITED = 500;

// Unreadable or foreign values start afresh rather than fail.
const visited = storedValue<readonly string[]>(VISITED_KEY, (raw) => {
  const value = parseJson(raw, []);
  return Array.isArray(value) ? value.filter((slug): slug is string => typeof slug === 'string') : [];
});

/** Remembers that the reader opened a story. Best effort: without storage nothing is marked. */
export function markVisited(slug: string): void {
  const current = visited.get();
  if (current[0] === slug) return;
  visited.write(JSON.stringify([slug, ...current.filter((s) => s !== slug)].slice(0, MAX_VISITED)));
}

/** False on the server and while hydrating (no page is prerendered as visited); then the truth. */
export function useVisited(slug: string): boolean {
  return useSyncExternalStore(
    visited.subscribe,
    () => visited.get().includes(slug),
    () => false,
  );
}
