import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useHydrated } from '@/lib/hydration';

/** A pause this long in typing starts a search (see README "Search" for how it was chosen). */
export const SEARCH_DELAY_MS = 150;

export type SearchQuery = {
  /** The field's text. */
  text: string;
  setText: (text: string) => void;
  /** Searches the field's text now (Enter), without waiting for the pause. */
  submit: () => void;
  /** What is searched: the text once typing has paused. */
  settled: string;
  /** True when the reader asked for this search (Enter, or a link to it), rather than typed on. */
  submitted: boolean;
};

/**
 * The search page's query: the text of its field, kept in the address (`?q=`) so a reload, a
 * shared link and Back all return to the same search. The prerendered page has no query, so the
 * first render in the browser has none either (it must match the HTML); the address is read right
 * after. Typing replaces the address without a navigation (a navigation would move focus to the
 * heading at every keystroke); a new address — the header's search, Back — sets the field.
 */
export function useSearchQuery(): SearchQuery {
  const hydrated = useHydrated();
  const location = useLocation();
  const fromAddress = hydrated ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const source = `${hydrated}|${location.key}`;
  const [state, setState] = useState({ source, text: fromAddress, settled: fromAddress, submitted: true });
  if (state.source !== source) {
    // Adjusting state while rendering, as React recommends for state derived from a changed input.
    setState({ source, text: fromAddress, settled: fromAddress, submitted: true });
  }

  const { text } = state;
  useEffect(() => {
    const timer = setTimeout(
      () =>
        setState((current) => (current.settled === text ? current : { ...current, settled: text, submitted: false })),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text]);

  return {
    text,
    settled: state.settled,
    submitted: state.submitted,
    setText(next) {
      setState((current) => ({ ...current, text: next }));
      // The router's own state stays on the entry, so Back and Forward still work as they should.
      const q = next.trim();
      const { pathname } = window.location;
      window.history.replaceState(window.history.state, '', q ? `${pathname}?${new URLSearchParams({ q })}` : pathname);
    },
    submit() {
      setState((current) => ({ ...current, settled: current.text, submitted: true }));
    },
  };
}
