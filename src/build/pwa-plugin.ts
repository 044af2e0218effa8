import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { buildStoryIndex, STORY_INDEX_FILE } from '../features/offline/story-index.ts';
import { FRONT_DATA_DIR } from '../features/stories/api/data-files.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import { SERVICE_WORKER_URL } from '../lib/trusted-types.ts';
import type { Content } from './content.ts';

/** The brand navy of the logo (public/logo.svg); also the banner colour in the light theme. */
const BRAND = '#16325c';
/** The page background of the light theme (--color-bg), shown while the installed app starts. */
const BACKGROUND = '#fbfaf7';

const pwaOptions: Partial<VitePWAOptions> = {
  // Our own worker (src/sw/sw.ts), with Workbox's modules, into which the build injects the list
  // of files to precache: generateSW cannot express warming, the pinned saved cache or deploys.
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: SERVICE_WORKER_URL.slice(1).replace(/\.js$/, '.ts'),
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
  // The plugin adds manifest.webmanifest to the precache itself, but hashes it before pwaAssets
  // has written the icons into it: hash the file actually written. (Globbing it as well would
  // list the URL twice, which Workbox refuses.)
  integration: {
    beforeBuildServiceWorker(resolved) {
      for (const entry of resolved.injectManifest.additionalManifestEntries ?? []) {
        if (typeof entry !== 'string' && entry.url === resolved.manifestFilename) {
          const file = join(dirname(resolved.swDest), entry.url);
          entry.revision = createHash('md5').update(readFileSync(file)).digest('hex');
        }
      }
    },
  },
  injectManifest: {
    // Only the shell, whatever the size of the archive: the app's code, styles and fonts, the
    // top-level pages (front page, Saved, not found, not available offline), icons, the first
    // front page's data and the story index. Stories and their pictures are kept at runtime
    // (src/sw). An allow-list, so a folder of 10,000 pages is never even walked, and the host's
    // precompressed .br/.gz copies never match; pagefind/** (search) has its own runtime rules.
    globPatterns: ['assets/**/*.{js,css,woff2}', '*.{html,svg,png,ico}', `${FRONT_DATA_DIR}/1.json`, STORY_INDEX_FILE],
    globIgnores: ['sw.js', 'screenshots/**', 'pagefind/**'],
    // One classic script with Workbox inlined: nothing for Trusted Types to allow.
    rollupFormat: 'iife',
    minify: true,
    sourcemap: false,
    target: 'es2022',
    // A file this large in the shell is a mistake: fail the build rather than ship it to everyone.
    maximumFileSizeToCacheInBytes: 512 * 1024,
  },
};

/** Which stories exist, for the worker to tell "not available offline" from "not found" (src/features/offline/story-index.ts). */
function storyIndexPlugin(content: () => Content): Plugin {
  return {
    name: 'broadsheet:story-index',
    apply: 'build',
    generateBundle() {
      const slugs = content().stories.map((story) => story.slug);
      this.emitFile({ type: 'asset', fileName: STORY_INDEX_FILE, source: JSON.stringify(buildStoryIndex(slugs)) });
    },
  };
}

/** The service worker, web app manifest and icons (client build only). */
export function pwaPlugin(options: { content: () => Content }): Plugin[] {
  return [storyIndexPlugin(options.content), ...VitePWA(pwaOptions).map(skipAfterFailedBuild)];
}

/**
 * vite-plugin-pwa writes the worker and icons in closeBundle, which runs after a failed build too
 * (a malformed story): then it would write a worker for a site that was never built, and bury
 * the story's error under its own. Its hooks are skipped once the build has failed.
 */
function skipAfterFailedBuild(plugin: Plugin): Plugin {
  const { closeBundle } = plugin;
  if (!closeBundle) return plugin;
  let failed = false;
  const handler = typeof closeBundle === 'function' ? closeBundle : closeBundle.handler;
  return {
    ...plugin,
    buildEnd(...args) {
      failed = !!args[0];
      const own = plugin.buildEnd;
      return typeof own === 'function' ? own.apply(this, args) : own?.handler.apply(this, args);
    },
    closeBundle: {
      ...(typeof closeBundle === 'function' ? {} : closeBundle),
      handler(...args) {
        if (failed) return;
        return handler.apply(this, args);
      },
    },
  };
}
