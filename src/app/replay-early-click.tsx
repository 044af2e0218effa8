import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { releaseEarlyClick } from '@/lib/early-clicks';
import { loadEverything } from '@/lib/lazy';
import { rememberScrollPosition } from '@/lib/navigation';

/** Two animation frames: time for React to hydrate boundaries whose code just arrived. */
function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Link clicks are held from the first paint (see src/lib/early-clicks.ts) until the whole page
 * has hydrated, then the last one is replayed in the page. Parts of the page (islands) hydrate
 * only once their code lands, and navigating before that would hand them the next page's content
 * to hydrate against this page's HTML; so all the app's code (about 10 kB gzip beyond the first
 * load, which also makes every other page instant) is loaded first and React gets two frames.
 */
export function ReplayEarlyClick() {
  const navigate = useNavigate();
  useEffect(() => {
    let cancelled = false;
    void loadEverything()
      .catch(() => {
        // A chunk that fails to load shows its own error when the reader goes there.
      })
      .then(nextFrames)
      .then(() => {
        if (cancelled) return;
        const href = releaseEarlyClick();
        if (!href) return;
        rememberScrollPosition();
        void navigate(href);
      });
    return () => {
      cancelled = true;
    };
  }, [navigate]);
  return null;
}
