import { openBrowser } from '@tests/support/browser';
import type { Page } from 'playwright-core';
import { median } from './support';

/**
 * Runs in the page (as source text, so no build helper leaks in): arms a timer that resolves with
 * the milliseconds from the reader's click (the click event's own timestamp) to the first frame
 * painted after the h1 reads `headline`. A task queued from requestAnimationFrame runs once that
 * frame has been produced.
 */
const ARM_TIMER = `(headline) => {
  window.__benchPaint = new Promise((resolve) => {
    let clickedAt = Number.NaN;
    document.addEventListener('click', (event) => { clickedAt = event.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (document.querySelector('h1')?.textContent !== headline) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}`;

async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
}

export type NavigationTiming = { slug: string; headline: string; ms: number };

/**
 * From the story at `from`, for each related headline in its sidebar: hover (which prefetches the
 * story's code and data), wait until the prefetch has landed, click, and time the new h1's paint.
 */
export async function measureRelatedNavigation(baseUrl: string, from: string): Promise<NavigationTiming[]> {
  const browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = browser;
    await openHydrated(page, `${baseUrl}${from}`);
    const links = page.getByRole('complementary', { name: 'Related stories' }).getByRole('link');
    const targets: { href: string; headline: string }[] = [];
    for (const link of await links.all()) {
      targets.push({ href: (await link.getAttribute('href')) ?? '', headline: (await link.textContent()) ?? '' });
    }
    const timings: NavigationTiming[] = [];
    for (const { href, headline } of targets) {
      await openHydrated(page, `${baseUrl}${from}`);
      const slug = href.split('/').pop() ?? '';
      const link = page
        .getByRole('complementary', { name: 'Related stories' })
        .getByRole('link', { name: headline, exact: true });
      const prefetched = page.waitForResponse((r) => r.url().endsWith(`/data/stories/${slug}.json`));
      await link.hover();
      await (await prefetched).finished();
      // Let the query cache take the parsed JSON before clicking.
      await page.waitForTimeout(100);
      await page.evaluate(`(${ARM_TIMER})(${JSON.stringify(headline)})`);
      await link.click();
      timings.push({ slug, headline, ms: Number(await page.evaluate('window.__benchPaint')) });
    }
    return timings;
  } finally {
    await browser.close();
  }
}

export const medianMs = (timings: readonly NavigationTiming[]) => median(timings.map((t) => t.ms));
