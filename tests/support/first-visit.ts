import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { SEARCH_BASE } from '@/features/search/search-files';

/*
 * What a browser actually downloads on a first visit, recorded in Chromium: every response, from
 * the page and from the service worker it installs, until the network has been quiet for a while.
 * The browser test that compares it with the budget's count and the benchmark both use this.
 */

export type Download = {
  /** The path on the site, e.g. `/assets/framework-abc.js`. */
  path: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, … */
  type: string;
  /**
   * Who asked: the page; the service worker (its own script, its precache, the stories it warms);
   * or the page keeping search for offline use (`keep-search-offline.ts`, through the worker,
   * a few seconds after it took control): offline provisioning, like the precache, not code the
   * page runs.
   */
  by: 'page' | 'service worker' | 'offline search';
  /** HTTP status: a 304 (revalidated from the browser's cache) brought no body over the network. */
  status: number;
  /** Bytes of body that came over the network (as sent, so compressed if the server compressed). */
  transferred: number;
  /** The response body (decoded). */
  raw: number;
  /** The body gzipped at level 9, as the budget counts files. */
  gzip: number;
  /** Milliseconds from the start of the visit to the end of the response. */
  at: number;
};

export type VisitOptions = {
  /** How long the network must be quiet to call it idle (page and service worker together). */
  quietMs?: number;
  timeoutMs?: number;
};

/** Search's own files (the engine, its WebAssembly, the index): never the page's code. */
const isSearchFile = (url: string) => new URL(url).pathname.startsWith(SEARCH_BASE);

/** Opens `url` in `page` and records every download until the network is idle after the first paint. */
export async function recordFirstVisit(
  context: BrowserContext,
  page: Page,
  url: string,
  { quietMs = 1000, timeoutMs = 60_000 }: VisitOptions = {},
): Promise<Download[]> {
  const downloads: Download[] = [];
  const pending = new Set<Request>();
  const bodies: Promise<void>[] = [];
  const start = Date.now();
  let lastActivity = start;
  const onRequest = (request: Request) => {
    pending.add(request);
    lastActivity = Date.now();
  };
  const onFinished = (request: Request) => {
    pending.delete(request);
    lastActivity = Date.now();
    const at = lastActivity - start;
    bodies.push(
      (async () => {
        const response = await request.response();
        const body = await response?.body().catch(() => undefined);
        if (!response || !body) return;
        const sizes = await request.sizes().catch(() => undefined);
        downloads.push({
          path: new URL(request.url()).pathname,
          type: request.resourceType(),
          by: request.serviceWorker() ? 'service worker' : isSearchFile(request.url()) ? 'offline search' : 'page',
          status: response.status(),
          transferred: sizes?.responseBodySize ?? body.length,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          at,
        });
      })(),
    );
  };
  const onFailed = (request: Request) => {
    pending.delete(request);
    lastActivity = Date.now();
  };
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  context.on('requestfailed', onFailed);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    // Not idle before the first paint, on which the app starts: on a slow CPU that can come
    // well after the page's last request.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
      timeout: timeoutMs,
    });
    lastActivity = Math.max(lastActivity, Date.now());
    while (pending.size > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() - start > timeoutMs) throw new Error(`The network did not go quiet within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(bodies);
  } finally {
    context.off('request', onRequest);
    context.off('requestfinished', onFinished);
    context.off('requestfailed', onFailed);
  }
  return downloads.sort((a, b) => a.at - b.at);
}

/** The JavaScript files the page itself downloaded (not its service worker), as paths under the site root. */
export function pageScripts(downloads: readonly Download[]): string[] {
  return [
    ...new Set(downloads.filter((d) => d.by === 'page' && /\.m?js$/.test(d.path)).map((d) => d.path.slice(1))),
  ].sort();
}

export const gzipTotal = (downloads: readonly Download[]) => downloads.reduce((sum, d) => sum + d.gzip, 0);
