import { syntheticStory } from '@tests/bench/scale';
import { setUpBrowser } from '@tests/support/browser';
import { cachedPaths, waitForOfflineCopies, waitForServiceWorker } from '@tests/support/pwa';
import { type BuiltSite, buildSyntheticSite, serveSite, sitePort } from '@tests/support/sites';
import { waitForApp } from '@tests/support/trust';
import { WORKER_DEBUGGING, type WorkerErrors, watchWorkerErrors } from '@tests/support/worker-errors';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHES } from '@/features/offline/offline-caches';

/*
 * Storage trouble never breaks reading: the site of 200 synthetic stories, in a browser that
 * grants the origin only a sliver of storage (Chromium's Storage.overrideQuotaForOrigin), with
 * every uncaught error of the page and of the service worker recorded.
 */
const COUNT = 200;
const story = (i: number) => syntheticStory(i, COUNT);
const path = (i: number) => `/story/${story(i).slug}`;

let site: BuiltSite;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  site = await buildSyntheticSite(COUNT);
  server = await serveSite(site.outDir, sitePort(2));
}, 180_000);

afterAll(async () => {
  await server?.close();
  site?.remove();
});

/** A browser whose origin may store `quota` bytes, its worker's errors recorded. */
function browserWithQuota(quota: number) {
  const recorder: { worker?: WorkerErrors } = {};
  const session = setUpBrowser({
    args: WORKER_DEBUGGING,
    async prepare({ context, page, profile }) {
      recorder.worker = await watchWorkerErrors(profile);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: quota });
    },
  });
  afterAll(() => recorder.worker?.close());
  const workerErrors = () => recorder.worker?.errors ?? [];
  return { session, workerErrors };
}

async function read(page: Page, i: number): Promise<void> {
  await page.goto(`${server.url}${path(i)}`);
  expect(await page.locator('h1').textContent()).toBe(story(i).headline);
}

/** Fills what is left of the quota with a cache of its own; resolves once a write is refused. */
function fillStorage(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const filler = await caches.open('test-filler');
    for (let i = 0; i < 200; i++) {
      try {
        await filler.put(`/test-filler/${i}`, new Response(new Uint8Array(32 * 1024)));
      } catch (error) {
        return error instanceof DOMException && error.name === 'QuotaExceededError';
      }
    }
    return false;
  });
}

const serviceWorker = async (context: BrowserContext) =>
  context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

describe('with 2 MB of storage', () => {
  const { session, workerErrors } = browserWithQuota(2 * 1024 * 1024);

  it('the worker still installs, and keeps the front page’s stories', async () => {
    const { page } = session;
    await page.goto(`${server.url}/`);
    await waitForServiceWorker(page);
    await waitForOfflineCopies(
      page,
      Array.from({ length: 20 }, (_, i) => story(i + 1).slug),
    );
  });

  it('reading on once storage is full opens every story, and Save says there is no room to keep one', async () => {
    const { page } = session;
    for (let i = 30; i < 36; i++) await read(page, i);
    expect(await fillStorage(page)).toBe(true);
    // The worker's copies of these no longer fit: it drops its runtime cache, the pages still open.
    for (let i = 36; i < 42; i++) await read(page, i);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'no room left on this device' }).waitFor();
    expect(await page.getByRole('button', { name: 'Saved', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect((await cachedPaths(page))[CACHES.saved] ?? []).toEqual([]);
  });

  it('nothing threw, in the page or in the worker', () => {
    expect(session.errors).toEqual([]);
    expect(workerErrors()).toEqual([]);
  });

  it('the worker’s recorder notices an uncaught error (so the check above can fail)', async () => {
    const worker = await serviceWorker(session.context);
    await worker.evaluate(() => {
      void Promise.reject(new Error('planted in the worker'));
    });
    await expect.poll(workerErrors).toContainEqual(expect.stringContaining('planted in the worker'));
  });
});

describe('with less storage than the app itself (150 kB)', () => {
  const { session, workerErrors } = browserWithQuota(150 * 1024);

  it('the site works online without its worker, and nothing throws', async () => {
    const { page } = session;
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    // Time for the worker to try, and fail, to install.
    await page.waitForTimeout(3000);
    await read(page, 5);
    await waitForApp(page);
    // Whether a copy fits beside what the failed install left, saving says what it did.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved (for later|to your list)/ })
      .waitFor();
    expect(session.errors).toEqual([]);
    expect(workerErrors()).toEqual([]);
  });
});
