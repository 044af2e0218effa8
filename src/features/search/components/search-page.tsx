import { lazy, Suspense } from 'react';
import buttonStyles from '@/components/button.module.css';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { useHydrated } from '@/lib/hydration';
import { pageTitle } from '@/lib/site';
import { useSearchQuery } from '../use-search-query';
import styles from './search-page.module.css';
import resultStyles from './search-results.module.css';

/**
 * The code that searches and shows results, loaded only where search is used: on this page once
 * it runs, or when the header's field is focused (the route's loader). Not an island: the app
 * loads every island and route after hydration, on every page, and this code (with the engine it
 * starts) is for readers who search.
 */
export const loadSearchResults = () => import('./search-results');
const SearchResults = lazy(() => loadSearchResults().then((m) => ({ default: m.SearchResults })));

/**
 * The search page's title, served and in the browser alike. Fixed: the query is never part of the
 * page's head, so nothing a link puts in `?q=` reaches the title, as markup or as text.
 */
export const SEARCH_TITLE = pageTitle('Search');

const FIELD_ID = 'search-page-field';

/**
 * The search page (`/search?q=…`): a field whose results appear as the reader types, read from the
 * address on arrival. Prerendered once for every query, without results (the query is only ever
 * read in the browser); without JavaScript it says that search needs it.
 */
export function SearchPage() {
  const { text, setText, submit, settled, submitted } = useSearchQuery();
  const hydrated = useHydrated();
  // The prerendered page (and the first render in the browser, which must match it) has no query
  // and so no results: an empty status line, which the results replace.
  const empty = (
    <div className={resultStyles.results}>
      <p role="status" className={resultStyles.status} />
    </div>
  );

  return (
    <main id="main" tabIndex={-1} className={styles.main}>
      <PageHeading title={SEARCH_TITLE} className={styles.title}>
        Search
      </PageHeading>
      {/* biome-ignore lint/a11y/useSemanticElements: <form role="search"> is a search landmark in every browser; <search> is not yet */}
      <form
        role="search"
        aria-label="Stories"
        method="get"
        className={styles.form}
        onSubmit={(event) => {
          // Results follow the field; Enter searches at once, and keeps the reader in the field.
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor={FIELD_ID} className={styles.label}>
          Search every story
        </label>
        <div className={styles.row}>
          <input
            id={FIELD_ID}
            type="search"
            name="q"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            className={styles.field}
          />
          <button type="submit" className={buttonStyles.button}>
            Search
          </button>
        </div>
      </form>
      {/* Shown only when the browser runs no scripts (a CSS media query, so it never flashes while
          the app loads, and unlike <noscript> it is ordinary text to every tool). */}
      <p className={styles.noscript}>
        Search needs JavaScript, which is turned off in this browser. Every story is still a few links away:{' '}
        <Link to="/">browse the front page</Link>.
      </p>
      {hydrated ? (
        <Suspense fallback={empty}>
          <SearchResults typed={text} query={settled} submitted={submitted} />
        </Suspense>
      ) : (
        empty
      )}
    </main>
  );
}
