import { useEffect, useRef } from 'react';
import buttonStyles from '@/components/button.module.css';
import { useSearchStories } from '../api/search-stories';
import { NoMatchNote, quoted } from './search-notes';
import { SearchResultItem } from './search-result-item';
import styles from './search-results.module.css';

type Props = {
  term: string;
  limit: number;
  /** True while the results of a newer query are loading. */
  pending: boolean;
  onMore: () => void;
};

const storiesMatch = (count: number) =>
  count === 0 ? 'No stories match' : count === 1 ? '1 story matches' : `${count} stories match`;

/** The count (a polite status, announced when it changes), the results, and "Show more results". */
export function SearchMatches({ term, limit, pending, onMore }: Props) {
  const { term: searched, leftOut, total, hits, unavailable } = useSearchStories(term, limit);
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    // After "Show more results", keyboard focus moves to the first of the new results.
    const from = focusFrom.current;
    if (from === null || hits.length <= from) return;
    list.current?.querySelectorAll('a')[from]?.focus();
    focusFrom.current = null;
  }, [hits]);

  return (
    <>
      <p role="status" className={styles.status}>
        {`${storiesMatch(total)} ${quoted(searched)}.`}
      </p>
      {leftOut.length > 0 && (
        <p className={styles.note}>
          {`${leftOut.map(quoted).join(' and ')} ${leftOut.length === 1 ? 'is' : 'are'} in most stories, so the search left ${leftOut.length === 1 ? 'it' : 'them'} out.`}
        </p>
      )}
      {total === 0 && <NoMatchNote />}
      {hits.length > 0 && (
        <ol ref={list} className={styles.list} aria-label="Search results" aria-busy={pending}>
          {hits.map((hit) => (
            <li key={hit.slug}>
              <SearchResultItem hit={hit} />
            </li>
          ))}
        </ol>
      )}
      {unavailable > 0 && (
        <p className={styles.note}>
          {unavailable === 1 ? 'One more result' : `${unavailable} more results`} can’t be shown: this browser hasn’t
          kept {unavailable === 1 ? 'it' : 'them'} for offline use.
        </p>
      )}
      {total > hits.length + unavailable && (
        <p>
          <button
            type="button"
            className={buttonStyles.button}
            onClick={() => {
              focusFrom.current = hits.length;
              onMore();
            }}
          >
            Show more results
          </button>
        </p>
      )}
    </>
  );
}
