import { createContext, useContext } from 'react';

/**
 * Starts loading whatever a path needs (route code and data). The app provides the real one,
 * built from its route table; components only say which path the reader is likely to open next.
 */
export const PrefetchContext = createContext<(path: string) => void>(() => {});

export function usePrefetch(): (path: string) => void {
  return useContext(PrefetchContext);
}
