import { setUpBrowser } from '@tests/support/browser';
import { builtStories } from '@tests/support/content';
import { cachedPaths, waitForOfflineCopies, waitForServiceWorker } from '@tests/support/pwa';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');
const stories = builtStories();

type Manifest = Record<string, unknown> & {
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
  screenshots: { src: string; sizes: string; type: string; form_factor: string }[];
};

const browser = setUpBrowser();

beforeAll(async () => {
  await browser.page.goto(`${base}/`);
});

/** Fetches a URL from the page (same origin, same CSP) and says what came back. */
function fetchInPage(url: string) {
  return browser.page.evaluate(
    async (href) => {
      const response = await fetch(href, { cache: 'no-store' });
      const bytes = new Uint8Array(await response.arrayBuffer());
      // A PNG's width and height are big-endian 32-bit numbers at bytes 16 and 20.
      const view = new DataView(bytes.buffer);
      const png = bytes.length > 24 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
      return {
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        text: new TextDecoder().decode(bytes),
        pngSize: png ? `${view.getUint32(16)}x${view.getUint32(20)}` : undefined,
      };
    },
    new URL(url, `${base}/`).href,
  );
}

describe('installable app', () => {
  it('is controlled by the service worker after the first visit', async () => {
    const { page, errors } = browser;
    expect(await waitForServiceWorker(page)).toBe(`${base}/sw.js`);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });

  it('has no installability errors in Chromium', async () => {
    const { page, context } = browser;
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });

  it('publishes a complete web app manifest', async () => {
    const manifest = JSON.parse((await fetchInPage('/manifest.webmanifest')).text) as Manifest;
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Broadsheet',
      short_name: 'Broadsheet',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.description).toEqual(expect.any(String));
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(icons).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    expect(manifest.screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
  });

  it('serves every icon and screenshot the manifest names, at the size it says', async () => {
    const manifest = JSON.parse((await fetchInPage('/manifest.webmanifest')).text) as Manifest;
    for (const image of [...manifest.icons, ...manifest.screenshots]) {
      const response = await fetchInPage(new URL(image.src, `${base}/manifest.webmanifest`).href);
      expect(response.status, image.src).toBe(200);
      expect(response.type, image.src).toContain(image.type);
      expect(response.pngSize, image.src).toBe(image.sizes);
    }
  });

  it.each([
    ['the front page', '/'],
    ['a story', `/story/${stories[0]?.slug}`],
  ])('links the manifest, favicon and apple-touch-icon from %s', async (_name, path) => {
    const { page } = browser;
    await page.goto(`${base}${path}`);
    const links = await page
      .locator('link[rel="manifest"], link[rel="icon"], link[rel="apple-touch-icon"]')
      .evaluateAll((elements) => elements.map((link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`));
    expect(links.map((link) => link.split(' ')[0])).toEqual(
      expect.arrayContaining(['manifest', 'icon', 'apple-touch-icon']),
    );
    for (const link of links) {
      const href = link.split(' ')[1] ?? '';
      expect((await fetchInPage(href)).status, link).toBe(200);
    }
  });

  it('precaches the shell, not the stories, then keeps the front page’s stories in the background', async () => {
    const { page } = browser;
    await waitForServiceWorker(page);
    const precache = Object.entries(await cachedPaths(page)).find(([name]) => name.startsWith('workbox-precache'))?.[1];
    if (!precache) throw new Error('No precache');
    expect(precache).toEqual(
      expect.arrayContaining([
        '/index.html',
        '/404.html',
        '/offline.html',
        '/saved.html',
        '/manifest.webmanifest',
        '/data/front/1.json',
        '/data/story-index.json',
      ]),
    );
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('script[src], link[rel="modulepreload"], link[rel="stylesheet"]')].map(
        (element) => new URL(element.getAttribute('src') ?? element.getAttribute('href') ?? '', location.href).pathname,
      ),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(precache).toEqual(expect.arrayContaining(scripts));
    // Stories are not the shell: at 10,000 of them, precaching them would make every first visit download the archive.
    expect(precache.filter((path) => /^\/(story|page|data\/stories|screenshots)\//.test(path))).toEqual([]);

    await waitForOfflineCopies(
      page,
      stories.map((story) => story.slug),
    );
    const kept = (await cachedPaths(page))['broadsheet-stories'] ?? [];
    for (const story of stories) {
      expect(kept).toEqual(expect.arrayContaining([`/story/${story.slug}`, `/data/stories/${story.slug}.json`]));
    }
  });

  it('offers "Install app" in the header when the browser offers installation', async () => {
    const { page, errors } = browser;
    await page.goto(`${base}/`);
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Install app' }).waitFor();
    expect(await header.getByRole('button', { name: 'Install app' }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
});
