import { PAGEFIND_SCRIPT, SEARCH_BASE, SEARCH_MANIFEST, type SearchManifest } from './search-files';

/*
 * The search engine: Pagefind's browser API, from the script the build writes beside the index
 * (never bundled), typed here for the few calls the app makes. It is loaded on demand — when the
 * reader focuses a search field or opens the search page — never with a page's first load.
 */

/** A story's record as Pagefind returns it (`result.data()`), for the fields the app reads. */
export type SearchFragment = {
  /** The story's URL, as the build gave it. */
  raw_url?: string;
  url: string;
  /** The record's text as the build gave it (headline, standfirst, body; see search-index.ts). Not escaped. */
  content: string;
  meta: Record<string, string | undefined>;
  /** Positions, counted in words of `content`, of the words that matched. */
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
};

export type SearchResult = { id: string; score: number; data: () => Promise<SearchFragment> };

export type SearchResponse = { results: SearchResult[] };

type Pagefind = {
  search: (term: string) => Promise<SearchResponse>;
  /** Fetches the slices of the index a term needs, without ranking anything. */
  preload: (term: string) => Promise<void>;
};

export type SearchEngine = Pagefind & {
  /** Words in so many stories that searching for them narrows little (see SearchManifest). */
  commonWords: ReadonlySet<string>;
};

type PagefindModule = {
  createInstance: (options: Record<string, unknown>) => Pagefind & { init: () => Promise<void> };
};

/** The build's notes on this index; without them (an older deploy, a failed request) search still works. */
async function commonWords(): Promise<ReadonlySet<string>> {
  try {
    const manifest = (await (await fetch(`${SEARCH_BASE}${SEARCH_MANIFEST}`)).json()) as SearchManifest;
    return new Set(manifest.commonWords);
  } catch {
    return new Set();
  }
}

let engine: Promise<SearchEngine> | undefined;

/**
 * Loads (once) and starts the engine. `noWorker`: Pagefind's web worker would be created from a
 * plain string URL, which Trusted Types refuse; searching on the main thread costs a few ms.
 * A failed load (offline, before anything was cached) may be tried again.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND_SCRIPT).then(async (pagefind: PagefindModule) => {
      const instance = pagefind.createInstance({ basePath: SEARCH_BASE, noWorker: true });
      await instance.init();
      return instance;
    }),
    commonWords(),
  ]).then(
    ([instance, common]) => ({
      search: (term) => instance.search(term),
      preload: (term) => instance.preload(term),
      commonWords: common,
    }),
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  );
  return engine;
}
