import { useEffect, useState } from 'react';

/**
 * Whether each story opens offline on this device, looked up in Cache Storage after render (so
 * missing at first). `checkAgain` changes when the copies may have changed (a save, a removal).
 * The lookup code loads with the first lookup, not with the page that asks.
 */
export function useAvailableOffline(slugs: readonly string[], checkAgain?: unknown): ReadonlyMap<string, boolean> {
  const [available, setAvailable] = useState<ReadonlyMap<string, boolean>>(new Map());
  const key = slugs.join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `slugs`; `checkAgain` asks for a new look
  useEffect(() => {
    let current = true;
    const list = key ? key.split(' ') : [];
    import('./offline-copies')
      .then(({ isAvailableOffline }) =>
        Promise.all(list.map(async (slug) => [slug, await isAvailableOffline(slug)] as const)),
      )
      .then(
        (entries) => {
          if (current) setAvailable(new Map(entries));
        },
        () => {},
      );
    return () => {
      current = false;
    };
  }, [key, checkAgain]);
  return available;
}
