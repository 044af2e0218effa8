import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setUpBrowser } from '@tests/support/browser';
import { briefSlug, builtStories, LEAD_SLUG, storyBySlug } from '@tests/support/content';
import { outDirFromEnv } from '@tests/support/first-load';
import { waitForOfflineCopies, waitForServiceWorker } from '@tests/support/pwa';
import { type BuiltSite, buildChangedCopy, replaceInFile, serveSite, sitePort } from '@tests/support/sites';
import { waitForApp } from '@tests/support/trust';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHES } from '@/features/offline/offline-caches';
import { deployOf } from '@/features/offline/offline-copies';
import { storyPath } from '@/features/stories/story-urls';

/*
 * Across deploys (issue 15, point 4): a reader has pages cached by one deploy; the next deploy
 * changes a component, so every chunk has a new name and the old ones are gone from the host.
 * Their cached pages must still open and read, online and offline, and saved copies follow the
 * new deploy once the reader is online.
 */
const FOOTER = 'keeps working offline.';
const LATER_FOOTER = 'keeps working offline, since a later deploy.';
const read = storyBySlug(LEAD_SLUG);
const saved = storyBySlug(briefSlug());

const first = outDirFromEnv();
let later: BuiltSite;
let server: { url: string; close: () => Promise<void> } | undefined;
const port = sitePort(3);
const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const deployIn = (outDir: string) => deployOf(readFileSync(join(outDir, 'index.html'), 'utf8'));

async function serveDeploy(outDir: string): Promise<void> {
  await server?.close();
  server = await serveSite(outDir, port);
}

beforeAll(async () => {
  later = await buildChangedCopy((root) =>
    replaceInFile(join(root, 'src/app/layout/site-footer.tsx'), FOOTER, LATER_FOOTER),
  );
  // A changed component renames the chunks: the earlier deploy's code is not on the host any more.
  expect(deployIn(later.outDir)).not.toBe(deployIn(first));
  await serveDeploy(first);
}, 180_000);

afterAll(async () => {
  await server?.close();
  later?.remove();
});

const browser = setUpBrowser();

/** Runs `steps` with the network cut, and restores it even when a step fails. */
async function offline(steps: () => Promise<void>): Promise<void> {
  await browser.context.setOffline(true);
  try {
    await steps();
  } finally {
    await browser.context.setOffline(false);
  }
}

const footer = (page: Page) => page.getByRole('contentinfo').textContent();

describe('a reader of one deploy', () => {
  it('reads a story and saves another', async () => {
    const { page } = browser;
    await page.goto(url('/'));
    await waitForServiceWorker(page);
    await waitForOfflineCopies(
      page,
      builtStories().map((story) => story.slug),
    );
    await page.goto(url(storyPath(read.slug)));
    await waitForApp(page);
    await page.goto(url(storyPath(saved.slug)));
    await waitForApp(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'kept on this device to read offline' }).waitFor();
  });
});

describe('after the next deploy', () => {
  it('the new version installs in the background and takes over when the reader reloads', async () => {
    const { page } = browser;
    await serveDeploy(later.outDir);
    await page.goto(url('/'));
    expect(await footer(page)).toContain(LATER_FOOTER);
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await prompt.waitFor({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await waitForServiceWorker(page);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
  });

  it('the saved copy is refreshed from the new deploy while the reader is online', async () => {
    const { page } = browser;
    await expect
      .poll(
        () =>
          page.evaluate(
            async ({ cacheName, path }) => (await (await caches.match(path, { cacheName }))?.text()) ?? '',
            { cacheName: CACHES.saved, path: storyPath(saved.slug) },
          ),
        { timeout: 30_000 },
      )
      .toContain(LATER_FOOTER);
  });

  it('offline, the saved story opens from that refreshed copy, hydrates and reads', async () => {
    const { page, errors } = browser;
    await offline(async () => {
      await page.goto(url(storyPath(saved.slug)));
      expect(await page.locator('h1').textContent()).toBe(saved.headline);
      // The refreshed copy, newer than the one kept when it was read under the earlier deploy.
      expect(await footer(page)).toContain(LATER_FOOTER);
      await waitForApp(page);
      const button = page.getByRole('button', { name: 'Saved', exact: true });
      await expect.poll(() => button.isEnabled()).toBe(true);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
    });
    expect(errors).toEqual([]);
  });

  it('offline, a page kept by the earlier deploy still opens and hydrates with that deploy’s code', async () => {
    const { page, errors } = browser;
    await offline(async () => {
      await page.goto(url(storyPath(read.slug)));
      expect(await page.locator('h1').textContent()).toBe(read.headline);
      // Still the earlier deploy's page: its scripts come from the worker's copy of that deploy's code.
      expect(await footer(page)).not.toContain(LATER_FOOTER);
      await waitForApp(page);
      await expect.poll(() => page.getByRole('button', { name: 'Save', exact: true }).isEnabled()).toBe(true);
      expect(await page.getByText(/couldn’t load|failed to download/).count()).toBe(0);
    });
    expect(errors).toEqual([]);
  });

  it('online, the same story comes from the new deploy', async () => {
    const { page } = browser;
    await page.goto(url(storyPath(read.slug)));
    expect(await footer(page)).toContain(LATER_FOOTER);
    await waitForApp(page);
  });

  it('and were that code gone too, the earlier page would still read, with no error page', async () => {
    const { page, errors } = browser;
    await page.evaluate(async (cacheName) => {
      await caches.delete(cacheName);
    }, CACHES.stories);
    await page.evaluate(async (cacheName) => caches.delete(cacheName), CACHES.assets);
    // Put the earlier deploy's page back, as a cache would still hold it, without its code.
    await page.evaluate(
      async ({ cacheName, path, html }) => {
        await (await caches.open(cacheName)).put(
          path,
          new Response(html, { headers: { 'content-type': 'text/html' } }),
        );
      },
      {
        cacheName: CACHES.stories,
        path: storyPath(read.slug),
        html: readFileSync(join(first, `story/${read.slug}.html`), 'utf8'),
      },
    );
    errors.length = 0;
    await offline(async () => {
      await page.goto(url(storyPath(read.slug)));
      expect(await page.locator('h1').textContent()).toBe(read.headline);
      await page.waitForTimeout(1000);
      expect(await page.locator('main p').count()).toBeGreaterThan(3);
      expect(await page.getByText(/couldn’t load|failed to download/).count()).toBe(0);
      // Not the "Not available offline" page (its sidebar may mark stories not kept here, rightly).
      expect(await page.getByRole('heading', { level: 1, name: 'Not available offline' }).count()).toBe(0);
    });
    // The browser reports the scripts it could not load; nothing else went wrong.
    expect(errors.filter((error) => !/Failed to load|dynamically imported module|module script/.test(error))).toEqual(
      [],
    );
  });
});
