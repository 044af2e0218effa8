import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Waits until the service worker has installed (precached the shell) and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

/** Every path in Cache Storage, by cache name. */
export function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const paths: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      paths[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
    }
    return paths;
  });
}

/**
 * Waits until each story's page and data are in Cache Storage: the worker warms the first front
 * page's stories in the background once it is active, and keeps every story the reader opens.
 */
export async function waitForOfflineCopies(page: Page, slugs: readonly string[], timeout = 30_000): Promise<void> {
  const missing = () =>
    page.evaluate(async (wanted) => {
      const absent: string[] = [];
      for (const slug of wanted) {
        for (const url of [`/story/${slug}`, `/data/stories/${slug}.json`]) {
          if (!(await caches.match(url, { ignoreVary: true }))) absent.push(url);
        }
      }
      return absent;
    }, slugs);
  const deadline = Date.now() + timeout;
  for (let absent = await missing(); absent.length > 0; absent = await missing()) {
    if (Date.now() > deadline)
      throw new Error(`Not kept for offline reading after ${timeout} ms: ${absent.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export type PrecacheEntry = { url: string; revision: string | null };

/** The precache list the build injected into sw.js. */
export function precacheEntries(outDir: string): PrecacheEntry[] {
  const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
  const list = /(\[\{"revision":[^\]]*\])/.exec(worker)?.[1];
  if (!list) throw new Error(`No precache list in ${outDir}/sw.js`);
  return JSON.parse(list) as PrecacheEntry[];
}
