import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export type ShippedStory = { slug: string; headline: string; related: string[] };

/** The stories in src/content/stories, as the build reads them. */
export function storiesOnDisk(): ShippedStory[] {
  const dir = resolve('src/content/stories');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as ShippedStory);
}

/** Waits until the service worker has installed (precached everything) and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}
