import { useRef } from 'react';
import buttonStyles from '@/components/button.module.css';
import { island } from '@/lib/lazy';
import { createStore } from '@/lib/store';
import { whenStore } from '@/lib/when';
import { SEARCH_PATH } from '../search-path';
import { useSearchShortcut } from '../use-search-shortcut';
import styles from './header-search.module.css';

const FIELD_ID = 'header-search-field';

/** Whether the reader has turned to the search form (pointer, focus, touch). */
const wanted = createStore(false);
const want = () => wanted.set(true);

/** In-app submit and the search page's code: fetched when the reader turns to the form. */
const BehaviourIsland = island(() => import('./header-search-behaviour.island').then((m) => m.HeaderSearchBehaviour), {
  when: () => whenStore(wanted, Boolean),
});

/**
 * The search form in every page's header. It is plain HTML first: before the app runs, without
 * JavaScript, or in the moment before its code arrives, it submits to `/search?q=…` like any
 * form. Once the reader points at, touches or focuses it, the code that opens the search page
 * inside the app loads (none of search is on a page's first load); `/` focuses the field. (What
 * keeps search available offline after a visit starts with the service worker: see
 * register-service-worker.ts.)
 */
export function HeaderSearch() {
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useSearchShortcut(field);

  return (
    // biome-ignore lint/a11y/useSemanticElements: <form role="search"> is a search landmark in every browser; <search> is not yet
    <form
      ref={form}
      role="search"
      aria-label="Site"
      action={SEARCH_PATH}
      method="get"
      className={styles.form}
      onPointerEnter={want}
      onTouchStart={want}
      onFocus={want}
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
      />
      <button type="submit" className={buttonStyles.button}>
        Search
      </button>
      <BehaviourIsland form={form} />
    </form>
  );
}
