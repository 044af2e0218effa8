import type { Page } from 'playwright-core';
import { SEARCH_BASE, SEARCH_CACHES, SEARCH_MANIFEST, type SearchManifest } from '@/features/search/search-files';

/** The paths under /pagefind/ that this browser's service worker has kept in its search caches. */
export function keptSearchFiles(page: Page): Promise<string[]> {
  return page.evaluate(
    async (names) => {
      const kept: string[] = [];
      for (const name of names) {
        if (!(await caches.has(name))) continue;
        for (const request of await (await caches.open(name)).keys()) kept.push(new URL(request.url).pathname);
      }
      return kept;
    },
    Object.values(SEARCH_CACHES).map((cache) => cache.name),
  );
}

/**
 * Waits until the page has kept search for offline use after the visit (keep-search-offline.ts):
 * the engine, its WebAssembly, the entry file, and — the seed's index being small — every file of
 * the index. Returns what the manifest listed.
 */
export async function waitForSearchKept(page: Page, baseUrl: string): Promise<string[]> {
  const { offline: manifest } = (await (
    await fetch(`${baseUrl}${SEARCH_BASE}${SEARCH_MANIFEST}`)
  ).json()) as SearchManifest;
  if (!manifest.complete) throw new Error('The index of the stories under test is too large to be kept whole');
  const expected = ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind', SEARCH_MANIFEST, ...manifest.files].map(
    (file) => `${SEARCH_BASE}${file}`,
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    const kept = new Set(await keptSearchFiles(page));
    if (expected.every((path) => kept.has(path)) && [...kept].some((path) => path.endsWith('.pf_meta'))) break;
    if (Date.now() > deadline) throw new Error(`Search was not kept for offline use; kept: ${[...kept].join(', ')}`);
    await page.waitForTimeout(250);
  }
  return expected;
}
