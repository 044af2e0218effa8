import type { DehydratedState } from '@tanstack/react-query';

/**
 * What a prerendered page hands to the browser: the query cache it was rendered from (so the
 * client hydrates without fetching again) and whether the document is a stand-in for the page at
 * its URL (the host's 404 page, or the service worker's "not available offline" page).
 * It travels as non-executable JSON (`<script type="application/json">`), allowed by the CSP.
 */
export type PageState = {
  queries: DehydratedState;
  notFound?: boolean;
};

export const PAGE_STATE_ID = 'broadsheet-state';

/** Serializes state for an HTML script element: `<` is escaped so no text can close the element. */
export function serializePageState(state: PageState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}

export function readPageState(doc: Document): PageState | undefined {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PageState;
  } catch {
    return undefined;
  }
}
