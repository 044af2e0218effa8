import { useEffect, useState } from 'react';
import { loadSearchEngine } from './search-engine';
import { termToPreload } from './search-query';

/**
 * Starts the search engine as soon as the search page runs, and, while the reader types, fetches
 * the index slices their words need (slices are shared by a word's prefixes, so the search that
 * follows the pause then only has to rank). Returns the index's common words once known.
 */
export function useSearchEngine(typingTerm: string | null): ReadonlySet<string> | undefined {
  const [commonWords, setCommonWords] = useState<ReadonlySet<string>>();
  useEffect(() => {
    let current = true;
    loadSearchEngine().then(
      (engine) => current && setCommonWords(engine.commonWords),
      () => {
        // The search itself then says it is not available, with Try again.
      },
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (typingTerm === null) return;
    loadSearchEngine().then(
      (engine) => {
        const ahead = termToPreload(typingTerm, engine.commonWords);
        if (ahead !== null) void engine.preload(ahead);
      },
      () => {},
    );
  }, [typingTerm]);
  return commonWords;
}
