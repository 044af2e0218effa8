import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { releaseEarlyClick } from '@/lib/early-clicks';
import { rememberScrollPosition } from '@/lib/navigation';

type Props = {
  /** Loads a path's route code and data, so the replayed navigation paints at once. */
  prepare: (path: string) => Promise<void>;
};

/** Two animation frames: time for React to finish what the hydration scheduled. */
function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

let markHydrated = () => {};
const pageHydrated = new Promise<void>((resolve) => {
  markHydrated = resolve;
});

/**
 * Placed inside the Suspense boundary around the page (under the layout): its effect runs once
 * React has hydrated that boundary, which it does after the layout, in slices.
 */
export function PageHydrated() {
  useEffect(() => markHydrated(), []);
  return null;
}

/**
 * Link clicks are held from the first paint (see src/lib/early-clicks.ts) until the whole page
 * has hydrated, then the last one is replayed in the page, once its route code and data are in
 * (so it paints at once). Navigating while the page under the layout is still being hydrated
 * would hand it the next page's content to hydrate against this page's HTML.
 */
export function ReplayEarlyClick({ prepare }: Props) {
  const navigate = useNavigate();
  useEffect(() => {
    let cancelled = false;
    void pageHydrated.then(nextFrames).then(async () => {
      if (cancelled) return;
      const href = releaseEarlyClick();
      if (!href) return;
      rememberScrollPosition();
      await prepare(href).catch(() => {
        // The page itself shows what failed (with Retry).
      });
      if (!cancelled) void navigate(href);
    });
    return () => {
      cancelled = true;
    };
  }, [navigate, prepare]);
  return null;
}
