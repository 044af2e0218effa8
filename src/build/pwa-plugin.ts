import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { SEARCH_CACHES, SEARCH_QUERY_PARAMETER, withoutQuery } from '../features/search/search-files.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import { SERVICE_WORKER_URL } from '../lib/trusted-types.ts';

/** The brand navy of the logo (public/logo.svg); also the banner colour in the light theme. */
const BRAND = '#16325c';
/** The page background of the light theme (--color-bg), shown while the installed app starts. */
const BACKGROUND = '#fbfaf7';

const options: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  filename: SERVICE_WORKER_URL.slice(1),
  // A new version waits for the reader's "Reload" (src/features/pwa); the app registers the
  // worker itself, after load and through a Trusted Types policy, so no script is injected.
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    id: '/',
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: BRAND,
    background_color: BACKGROUND,
    lang: 'en',
    categories: ['news'],
    screenshots: [
      {
        src: '/screenshots/narrow.png',
        sizes: '390x844',
        type: 'image/png',
        form_factor: 'narrow',
        label: 'A story in Broadsheet on a phone',
      },
      {
        src: '/screenshots/wide.png',
        sizes: '1280x800',
        type: 'image/png',
        form_factor: 'wide',
        label: 'The Broadsheet front page on a desktop',
      },
    ],
  },
  // Icons, favicon and apple-touch-icon, all generated from the one SVG by
  // @vite-pwa/assets-generator; the manifest's icons and the pages' <link>s are filled in.
  pwaAssets: {
    image: 'public/logo.svg',
    preset: {
      transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
      maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: BRAND } },
      apple: { sizes: [180], padding: 0.3, resizeOptions: { background: BRAND } },
    },
    overrideManifestIcons: true,
  },
  workbox: {
    // Everything a reader needs offline: the pages (front, every story, 404), the story and
    // front-page data, every chunk, the styles and the icons. Not the install screenshots, and not
    // the search index (about 60 MB at 10,000 stories): its files are cached as searches use them.
    globPatterns: ['**/*.{html,js,css,json,svg,png,ico}'],
    globIgnores: ['screenshots/**', 'pagefind/**'],
    // Pages are files: the precache maps /story/<slug> to story/<slug>.html (cleanURLs) and
    // / to index.html. Any other page goes to the network, so an unknown URL still gets the
    // host's real 404 status; only when the network fails (offline) does the precached 404 page
    // answer, which says "Story not found" for that URL.
    navigateFallback: null,
    // `/search?q=…` is the one precached search page, whatever the query (Workbox's default list
    // plus the search query), so a search opens offline by deep link and reload too.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, SEARCH_QUERY_PARAMETER],
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !/\.(?!html$)[a-z0-9]+$/i.test(url.pathname),
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      },
      {
        urlPattern: SEARCH_CACHES.index.urlPattern,
        handler: 'CacheFirst',
        options: {
          cacheName: SEARCH_CACHES.index.name,
          expiration: {
            maxEntries: SEARCH_CACHES.index.maxEntries,
            maxAgeSeconds: SEARCH_CACHES.index.maxAgeSeconds,
            purgeOnQuotaError: true,
          },
        },
      },
      {
        urlPattern: SEARCH_CACHES.code.urlPattern,
        handler: 'NetworkFirst',
        options: {
          cacheName: SEARCH_CACHES.code.name,
          networkTimeoutSeconds: SEARCH_CACHES.code.networkTimeoutSeconds,
          expiration: { maxEntries: SEARCH_CACHES.code.maxEntries, purgeOnQuotaError: true },
          plugins: [withoutQuery],
        },
      },
    ],
    // One self-contained sw.js: under the CSP's Trusted Types, importScripts of a helper file
    // would need a policy inside the worker.
    inlineWorkboxRuntime: true,
    // The first visit's page is controlled at once, so it works offline without a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
};

/** The service worker, web app manifest and icons (client build only). */
export function pwaPlugin() {
  return VitePWA(options);
}
