import { Suspense } from 'react';
import { lazyComponent } from '@/lib/lazy';

// Its own chunk: the button is not needed to paint a page (first-load budget).
const LazyInstallButton = lazyComponent(() => import('./install-button').then((m) => m.InstallButton));

/** Where the install button goes in the header; empty until the browser offers installation. */
export function InstallButtonSlot() {
  return (
    <Suspense fallback={null}>
      <LazyInstallButton />
    </Suspense>
  );
}
