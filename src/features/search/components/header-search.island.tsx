import { useRef } from 'react';
import { useNavigate } from 'react-router';
import buttonStyles from '@/components/button.module.css';
import { usePrefetch } from '@/lib/prefetch';
import { SEARCH_PATH, searchPath } from '../search-path';
import { useKeepSearchOffline } from '../use-keep-search-offline';
import { useSearchShortcut } from '../use-search-shortcut';
import styles from './header-search.module.css';

const FIELD_ID = 'header-search-field';

/**
 * The search form in every page's header. It is plain HTML first: before the app runs (or
 * without JavaScript) it submits to `/search?q=…` like any form. Once hydrated it opens the search
 * page inside the app, starts loading the search code when the field is focused, and `/` focuses
 * it. It also keeps search available offline after a visit.
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const prefetch = usePrefetch();
  const field = useRef<HTMLInputElement>(null);
  useSearchShortcut(field);
  useKeepSearchOffline();

  return (
    // biome-ignore lint/a11y/useSemanticElements: <form role="search"> is a search landmark in every browser; <search> is not yet
    <form
      role="search"
      aria-label="Site"
      action={SEARCH_PATH}
      method="get"
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const query = new FormData(form).get('q');
        navigate(searchPath(typeof query === 'string' ? query : ''));
        // The search page has its own field, filled with this query: one query on screen, not two.
        form.reset();
      }}
    >
      <label htmlFor={FIELD_ID} className="visually-hidden">
        Search stories
      </label>
      <input
        ref={field}
        id={FIELD_ID}
        type="search"
        name="q"
        placeholder="Search stories"
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
        className={styles.field}
        onFocus={() => prefetch(SEARCH_PATH)}
      />
      <button type="submit" className={buttonStyles.button}>
        Search
      </button>
    </form>
  );
}
