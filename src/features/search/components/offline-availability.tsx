import { useEffect, useState } from 'react';
import { useOnline } from '@/features/pwa/use-online';
import styles from './search-results.module.css';

/*
 * Whether a story can be opened offline: its data file is in one of this browser's caches (the
 * service worker's precache, whose keys carry a revision parameter, or a runtime cache). Asked
 * only while offline. The one place search knows this, so the offline work's own check and mark
 * can replace it.
 */

async function isCached(slug: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  return (await caches.match(`/data/stories/${slug}.json`, { ignoreSearch: true })) !== undefined;
}

/** False only when the reader is offline and the story is not kept in this browser. */
function useAvailableOffline(slug: string): boolean {
  const online = useOnline();
  const [cached, setCached] = useState<{ slug: string; cached: boolean } | null>(null);
  useEffect(() => {
    if (online) return;
    let current = true;
    isCached(slug).then(
      (found) => current && setCached({ slug, cached: found }),
      () => current && setCached({ slug, cached: false }),
    );
    return () => {
      current = false;
    };
  }, [online, slug]);
  return online || cached?.slug !== slug || cached.cached;
}

type Props = { slug: string };

/** "Not available offline" after a result's headline (a word, not a colour alone), when so. */
export function OfflineAvailabilityMark({ slug }: Props) {
  if (useAvailableOffline(slug)) return null;
  return <span className={styles.unavailable}>Not available offline</span>;
}
