/*
 * Broadsheet's service worker, built by vite-plugin-pwa (injectManifest, see
 * src/build/pwa-plugin.ts) into one self-contained /sw.js: Workbox is bundled in, so there is no
 * importScripts for the Trusted Types policy to allow. What it keeps, for how long and why: the
 * README's "Offline" section.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { siteAddress } from '@/features/offline/offline-addresses';
import type { WorkerMessage } from '@/features/offline/offline-caches';
import { isAssetPath, keepEarlierAssets } from './deploys';
import { keepStory, warmFrontPage } from './keep';
import { registerSearchRoutes } from './search';
import { assetStrategy, dataStrategy, imageStrategy, pageStrategy } from './strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** The shell, listed by the build: chunks, styles, icons, manifest, the stand-in pages, the first front page. */
const shell = self.__WB_MANIFEST;

self.addEventListener('message', (event) => {
  const message = event.data as Partial<WorkerMessage> | null;
  // A new version waits for the reader's "Reload" (SKIP_WAITING from register-service-worker.ts).
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  // A message event, unlike a background task, may keep the worker alive until the work is done.
  if (message?.type === 'WARM') event.waitUntil(warmFrontPage(event));
  if (message?.type === 'KEEP' && typeof message.slug === 'string') event.waitUntil(keepStory(message.slug, event));
});

self.addEventListener('install', (event) => event.waitUntil(keepEarlierAssets(shell)));

// Out of space, Workbox leaves a rejected promise unhandled: the precache install's (which still
// fails, as it must: the site then works online without the worker) and a strategy's cache write
// (after its purgeOnQuotaError cleared the cache; the reader's response is unaffected). Neither is
// an error anyone can act on: keep them out of the console.
self.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof DOMException && event.reason.name === 'QuotaExceededError') event.preventDefault();
});

// The first visit's page is controlled at once, so it works offline without a reload.
clientsClaim();
cleanupOutdatedCaches();

// First match wins: pages and data go to the network first, before the precache's cache-first
// route (which holds the first front page and the stand-in pages as their fallbacks).
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !/\.(?!html$)[a-z0-9]+$/i.test(url.pathname),
  pageStrategy,
);
registerRoute(({ url, sameOrigin }) => sameOrigin && siteAddress(url.pathname)?.data === true, dataStrategy);

// Other features' routes go here, before the precache: search's /pagefind/** files, which the
// precache never lists.
registerSearchRoutes();

precacheAndRoute(shell);

// After the precache: code and styles it does not list (an earlier deploy's), and pictures.
registerRoute(({ url, sameOrigin }) => sameOrigin && isAssetPath(url.pathname), assetStrategy);
registerRoute(({ request, sameOrigin }) => sameOrigin && request.destination === 'image', imageStrategy);
