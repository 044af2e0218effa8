import { Suspense } from 'react';
import { lazyComponent } from '@/lib/lazy';

// Not needed to paint a page, so it arrives in its own chunk and hydrates when it lands.
const DisplaySettings = lazyComponent(() => import('./display-settings').then((m) => m.DisplaySettings));

/** The header's display controls, as a lazy island. */
export function DisplaySettingsIsland() {
  return (
    <Suspense fallback={null}>
      <DisplaySettings />
    </Suspense>
  );
}
