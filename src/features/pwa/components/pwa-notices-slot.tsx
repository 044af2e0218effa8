import { Suspense } from 'react';
import { lazyComponent } from '@/lib/lazy';

// Its own chunk: the notices are not needed to paint a page (first-load budget).
const LazyPwaNotices = lazyComponent(() => import('./pwa-notices').then((m) => m.PwaNotices));

/** The offline banner and the update prompt, under the header. */
export function PwaNoticesSlot() {
  return (
    <Suspense fallback={null}>
      <LazyPwaNotices />
    </Suspense>
  );
}
