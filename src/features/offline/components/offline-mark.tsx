import { type ComponentType, useEffect, useState } from 'react';
import { useOnline } from '@/features/pwa/use-online';

type Props = { slug: string };

/**
 * Offline only: marks a listed story that this device has no copy of. Its code is fetched the
 * first time the browser goes offline (from the precache, then), not with the page: islands all
 * load once the page has hydrated, so it is no island. If it cannot load, there is no mark.
 */
export function OfflineMark({ slug }: Props) {
  const online = useOnline();
  const [Mark, setMark] = useState<ComponentType<Props>>();
  useEffect(() => {
    if (online || Mark) return;
    import('./unavailable-mark').then(
      (m) => setMark(() => m.UnavailableMark),
      () => {},
    );
  }, [online, Mark]);
  return online || !Mark ? null : <Mark slug={slug} />;
}
