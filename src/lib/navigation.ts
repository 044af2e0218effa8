import { useEffect } from 'react';
import { type Location, useLocation, useNavigationType } from 'react-router';

/*
 * Scroll and focus after client-side navigation, for a declarative <BrowserRouter> (whose
 * <ScrollRestoration> exists only in data-router mode, which costs ~17 kB more gzip).
 * Positions are recorded at the moment the reader leaves a page — on a link click or on
 * popstate, both before React renders the next page — so a shorter next page cannot clamp them.
 */

const positions = new Map<string, number>();
let currentKey: string | undefined;
let initialLocation: Location | undefined;
let listening = false;

/** Records where the reader is on the current page, before navigating away from it. */
export function rememberScrollPosition(): void {
  if (currentKey !== undefined) positions.set(currentKey, window.scrollY);
  // The browser would otherwise restore scroll on Back before the old page is rendered again.
  if (history.scrollRestoration !== 'manual') history.scrollRestoration = 'manual';
}

function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('popstate', rememberScrollPosition, { capture: true });
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('a[href]')) rememberScrollPosition();
    },
    { capture: true },
  );
}

/** Called once by the layout: keeps track of which history entry is on screen. */
export function useScrollMemory(): void {
  const location = useLocation();
  const { key } = location;
  // The first location the app renders is the page the browser loaded: it keeps the browser's
  // focus and scroll. Recorded here, in the layout's first render, because a page's heading may
  // hydrate later than the layout (after a click replayed from before hydration, say).
  initialLocation ??= location;
  useEffect(() => {
    listen();
    currentKey = key;
  }, [key]);
}

/**
 * Called by each page's h1. On the first page load it does nothing (the browser owns focus and
 * scroll); after a client-side navigation it scrolls to the top (or, on Back/Forward, to where the
 * reader left that page) and moves keyboard focus to the heading, which screen readers announce.
 */
export function useNavigationFocus(ref: React.RefObject<HTMLElement | null>): void {
  const location = useLocation();
  const action = useNavigationType();
  useEffect(() => {
    if (initialLocation === undefined) initialLocation = location;
    if (location === initialLocation) return;
    const top = action === 'POP' ? (positions.get(location.key) ?? 0) : 0;
    window.scrollTo({ top, left: 0, behavior: 'instant' });
    ref.current?.focus({ preventScroll: true });
  }, [location, action, ref]);
}

/** Keeps document.title in step with the page (the prerendered HTML already carries it). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
