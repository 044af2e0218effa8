import {
  SEARCH_BASE,
  SEARCH_ENTRY,
  SEARCH_LANGUAGE,
  SEARCH_MANIFEST,
  type SearchEntry,
  type SearchManifest,
} from './search-files';

/**
 * Makes search work offline after a visit. Through the service worker (whose search caches keep
 * every file it passes, see search-files.ts), fetches what every search needs — the engine, its
 * WebAssembly, the index's metadata — and, when the build says the whole index is small, every
 * index and fragment file too. Otherwise offline search covers what the reader's own searches
 * fetched. Does nothing without a controlling worker or when the reader asked to save data, and
 * fetches only what the caches lack.
 */
export async function keepSearchForOffline(signal?: AbortSignal): Promise<void> {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (!navigator.serviceWorker?.controller || connection?.saveData) return;
  const get = (file: string) => fetch(`${SEARCH_BASE}${file}`, { priority: 'low', signal });
  // The same address Pagefind asks for: the worker keeps one copy of it, without the query.
  const entry = (await (await get(`${SEARCH_ENTRY}?ts=${Date.now()}`)).json()) as SearchEntry;
  const index = entry.languages[SEARCH_LANGUAGE];
  if (!index) return;
  const { offline } = (await (await get(SEARCH_MANIFEST)).json()) as SearchManifest;
  const files = ['pagefind.js', `wasm.${index.wasm}.pagefind`, `pagefind.${index.hash}.pf_meta`];
  if (offline.complete) files.push(...offline.files);
  for (const file of files) {
    // Kept already (by an earlier visit, or a search): nothing to fetch.
    if ((await caches.match(`${SEARCH_BASE}${file}`)) !== undefined) continue;
    const response = await get(file);
    if (!response.ok) return;
  }
}
