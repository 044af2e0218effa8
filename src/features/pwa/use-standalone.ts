import { useSyncExternalStore } from 'react';

const STANDALONE = '(display-mode: standalone)';

function subscribe(listener: () => void): () => void {
  const query = window.matchMedia(STANDALONE);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** Whether the app runs installed, in its own window (never on the server). */
export function useStandalone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(STANDALONE).matches,
    () => false,
  );
}
