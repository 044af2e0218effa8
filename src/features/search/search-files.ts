/*
 * Where the search index lives and how the service worker keeps it: one module for the build (which
 * writes the index and configures the worker) and the browser (which loads it). No zod, relative
 * imports only, no DOM: the Vite config and a service worker can both import it.
 */

/** The folder of the build that holds Pagefind's index, and the URL it is served from. */
export const SEARCH_DIR = 'pagefind';
export const SEARCH_BASE = `/${SEARCH_DIR}/`;

/** The search page's query parameter (`/search?q=…`), which a service worker ignores to find the page. */
export const SEARCH_QUERY_PARAMETER = /^q$/;

/** The language of every story: Pagefind stems words for it and names its files after it. */
export const SEARCH_LANGUAGE = 'en';

/** Pagefind's browser API, loaded on demand (never bundled: it is written with the index). */
export const PAGEFIND_SCRIPT = `${SEARCH_BASE}pagefind.js`;

/**
 * Written by the build beside the index (see src/build/search-index.ts): what the browser needs to
 * know about this index beyond what Pagefind writes.
 */
export const SEARCH_MANIFEST = 'broadsheet.json';

export type SearchManifest = {
  /**
   * Words found in more than COMMON_WORD_STORIES stories. Each one's slice of the index is large,
   * and it narrows a search little: it is left out of a query that has other words.
   */
  commonWords: string[];
  offline: {
    /** True when `files` is every index and fragment file: search then works offline for any word. */
    complete: boolean;
    /** Paths under the index folder, e.g. `index/en_3397a39.pf_index`. */
    files: string[];
    /** Bytes of every index and fragment file, whether listed or not. */
    bytes: number;
  };
};

/** A word in more stories than this is "common" (its postings alone are some 25 kB). */
export const COMMON_WORD_STORIES = 2000;

/** Above this, only the files a reader's own searches fetched are kept for offline use. */
export const OFFLINE_INDEX_MAX_BYTES = 1_000_000;

/** The entry file: it names the current index (its languages, and the hash of each one's metadata). */
export const SEARCH_ENTRY = 'pagefind-entry.json';

export type SearchEntry = { languages: Record<string, { hash: string; wasm: string } | undefined> };

/**
 * The two caches a service worker keeps for search (a URL pattern over the whole URL, a cache
 * name and its limits). Hashed files never change, so they are served from the cache first;
 * the few unhashed ones (the script, the WebAssembly, the entry file that names the current index)
 * come from the network when it answers, so a new deploy is picked up at once, and from the cache
 * when it does not.
 */
export const SEARCH_CACHES = {
  /** `pagefind.<lang>_<hash>.pf_meta`, `index/<hash>.pf_index`, `fragment/<hash>.pf_fragment`. */
  index: {
    name: 'broadsheet-search-index',
    urlPattern: /\/pagefind\/(?:pagefind\.[\w-]+\.pf_meta|index\/[\w-]+\.pf_index|fragment\/[\w-]+\.pf_fragment)$/,
    maxEntries: 1000,
    maxAgeSeconds: 60 * 60 * 24 * 30,
  },
  /** `pagefind.js`, `wasm.<lang>.pagefind`, `pagefind-entry.json?ts=…`, `broadsheet.json`. */
  code: {
    name: 'broadsheet-search-code',
    urlPattern:
      /\/pagefind\/(?:pagefind\.js|wasm\.[\w-]+\.pagefind|pagefind-entry\.json|broadsheet\.json)(?:\?[^#]*)?$/,
    maxEntries: 10,
    networkTimeoutSeconds: 4,
  },
} as const;

/**
 * A Workbox plugin for the `code` cache. Pagefind asks for `pagefind-entry.json?ts=<now>` so no
 * HTTP cache answers with an index an older deploy wrote; the worker stores it without the query,
 * so there is one entry to fall back on offline instead of one per visit (src/sw/search.ts).
 */
export const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => request.url.split('?')[0] ?? request.url,
};
