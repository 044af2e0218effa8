import { openBrowser } from '@tests/support/browser';
import type { Page } from 'playwright-core';
import { armClickToFrame, clickToFrame } from './click-to-frame';
import { median, medianRange, serve, table, verdict } from './support';

async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
}

export type NavigationTiming = {
  slug: string;
  headline: string;
  ms: number;
  /** Which frame after the click showed the new headline: 1 is the next frame. */
  frame: number;
  eventMs: number | null;
};

/**
 * From the story at `from`, for each related headline in its sidebar: hover (which prefetches the
 * story's code and data), wait until the prefetch has landed, click, and time the new h1's paint
 * from the click event's own timestamp.
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
      await armClickToFrame(page, `document.querySelector('h1')?.textContent === ${JSON.stringify(headline)}`);
      await link.click();
      const { frameMs, frame, eventMs } = await clickToFrame(page);
      timings.push({ slug, headline, ms: frameMs, frame, eventMs });
    }
    return timings;
  } finally {
    await browser.close();
  }
}

/** Related-story navigation on the lead story, every click printed. */
export async function navigationSection(outDir: string, port: number, from: string): Promise<void> {
  const app = await serve(outDir, port);
  try {
    const timings = await measureRelatedNavigation(app.url, from);
    console.log(
      '\nRelated-story navigation (no throttling): hover (prefetch lands), click; click event timestamp → frame showing the new h1\n',
    );
    const event = (t: NavigationTiming) => (t.eventMs === null ? '< 16 ms' : `${t.eventMs} ms`);
    console.log(
      table([
        ['related story', 'click → paint', 'frame after click', 'Event Timing'],
        ...timings.map((t) => [t.slug, `${t.ms.toFixed(1)} ms`, t.frame, event(t)]),
      ]),
    );
    const values = timings.map((t) => t.ms);
    console.log(
      `median (min–max): ${medianRange(values, (v) => `${v.toFixed(1)} ms`)}; target ≤ 50 ms ${verdict(median(values) <= 50)}`,
    );
  } finally {
    await app.close();
  }
}
