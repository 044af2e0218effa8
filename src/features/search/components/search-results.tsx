import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, useDeferredValue, useState } from 'react';
import buttonStyles from '@/components/button.module.css';
import { ErrorBoundary } from '@/components/error-boundary';
import { useOnline } from '@/features/pwa/use-online';
import { RESULTS_PER_PAGE } from '../api/search-stories';
import { isAllCommon, prepareQuery } from '../search-query';
import { useSearchEngine } from '../use-search-engine';
import { SearchMatches } from './search-matches';
import { NoMatchNote, quoted } from './search-notes';
import styles from './search-results.module.css';

type Props = {
  /** The field's text, as the reader types. */
  typed: string;
  /** What the reader typed, once typing paused: shown back to them as text, never as markup. */
  query: string;
  /** True when the reader asked for this search (Enter, a link) rather than paused in typing. */
  submitted: boolean;
};

const LETTERS: Record<number, string> = { 2: 'two', 3: 'three' };

function SearchFailed({ retry }: { retry: () => void }) {
  const online = useOnline();
  return (
    <>
      <p role="status" className={styles.status}>
        Search isn’t available right now.
      </p>
      <p className={styles.note}>
        {online
          ? 'The search index couldn’t be loaded.'
          : 'You’re offline, and this browser hasn’t kept the search index: search works offline after a visit online.'}
      </p>
      <p>
        <button type="button" className={buttonStyles.button} onClick={retry}>
          Try again
        </button>
      </p>
    </>
  );
}

/**
 * The outcome of what the reader typed: a hint while there is nothing to search, else the matches.
 * While the next results load, the previous ones stay on screen (a deferred value), so neither the
 * list nor its announcement blinks at every keystroke.
 */
export function SearchResults({ typed, query, submitted }: Props) {
  const prepared = prepareQuery(query, { submitted });
  const term = prepared.kind === 'search' ? prepared.term : null;
  const typing = prepareQuery(typed);
  const typingTerm = typing.kind === 'search' ? typing.term : null;

  const commonWords = useSearchEngine(typingTerm);
  // While typing, a query of common words alone waits for Enter: each such word's slice of a large
  // index is 50–150 kB, too much to fetch for a pause in typing.
  const waitForEnter = term !== null && !submitted && commonWords !== undefined && isAllCommon(term, commonWords);

  const [more, setMore] = useState({ term, limit: RESULTS_PER_PAGE });
  const limit = more.term === term ? more.limit : RESULTS_PER_PAGE;
  // A string, so that the deferred value changes only when the request does.
  const request = term === null || waitForEnter ? null : `${limit} ${term}`;
  const deferred = useDeferredValue(request, null);
  const shown =
    deferred === null
      ? null
      : { limit: Number.parseInt(deferred, 10), term: deferred.slice(deferred.indexOf(' ') + 1) };
  const { reset } = useQueryErrorResetBoundary();

  let hint = '';
  if (prepared.kind === 'short') hint = `Keep typing: a search needs at least ${LETTERS[prepared.minLetters]} letters.`;
  else if (prepared.kind === 'common') hint = `${quoted(query)} is too common to search for: add another word.`;
  else if (prepared.kind === 'nothing-to-match') hint = `No stories match ${quoted(query)}.`;
  else if (waitForEnter) hint = `${quoted(query)} is in most stories: press Enter to search for it.`;
  else if (request !== null) hint = 'Searching…';

  return (
    <div className={styles.results}>
      {shown === null ? (
        <>
          <p role="status" className={styles.status}>
            {hint}
          </p>
          {prepared.kind === 'nothing-to-match' && <NoMatchNote />}
        </>
      ) : (
        <ErrorBoundary resetKey={shown.term} onReset={reset} fallback={(_, retry) => <SearchFailed retry={retry} />}>
          <Suspense fallback={<p role="status" className={styles.status} />}>
            <SearchMatches
              term={shown.term}
              limit={shown.limit}
              pending={deferred !== request}
              onMore={() => setMore({ term, limit: limit + RESULTS_PER_PAGE })}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}

// With the results code, for the route's loader: the engine's loader stays out of the route's own
// chunk, which every page loads after hydration.
export { loadSearchEngine } from '../search-engine';
