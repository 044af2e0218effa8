import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { compileHintsPlugin } from './src/build/compile-hints-plugin.ts';
import { contentPlugin } from './src/build/content-plugin.ts';
import { discoveryPlugin } from './src/build/discovery-plugin.ts';
import { contentDir, outDir } from './src/build/folders.ts';
import { fontsPlugin } from './src/build/fonts-plugin.ts';
import { hostPlugin } from './src/build/host-plugin.ts';
import { preferencesScriptPlugin } from './src/build/preferences-script-plugin.ts';
import { preloadHelperPlugin } from './src/build/preload-helper-plugin.ts';
import { preloadDependencies } from './src/build/preload-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { previewNotFoundPlugin } from './src/build/preview-plugin.ts';
import { pwaPlugin } from './src/build/pwa-plugin.ts';
import { reactRouterProductionPlugin } from './src/build/react-router-plugin.ts';
import { searchIndexPlugin } from './src/build/search-index-plugin.ts';
import { resolveSiteUrl } from './src/build/site-url.ts';

/**
 * The site's public URL, used for canonical links, Open Graph, the feed and the sitemap: SITE_URL.
 * A value that is not an absolute http(s) URL stops here; an unset or local one is built with a warning.
 */
const site = resolveSiteUrl(process.env.SITE_URL);
const SITE_URL = site.url;
/** Where `vite build --ssr` puts the server bundle that the client build prerenders with. */
export const SERVER_OUT_DIR = 'node_modules/.cache/broadsheet-server';

export default defineConfig(({ isSsrBuild, isPreview, mode }) => {
  const content = contentPlugin({ dir: contentDir() });
  const preload = preloadDependencies();
  return {
    plugins: [
      react(),
      fontsPlugin(),
      reactRouterProductionPlugin(),
      !isSsrBuild && preloadHelperPlugin(),
      preload.plugin,
      content,
      preferencesScriptPlugin(),
      !isSsrBuild &&
        prerenderPlugin({
          serverEntry: `${SERVER_OUT_DIR}/entry-server.js`,
          content: () => content.api.content(),
          siteUrl: SITE_URL,
        }),
      !isSsrBuild &&
        discoveryPlugin({ content: () => content.api.content(), siteUrl: SITE_URL, warning: site.warning }),
      !isSsrBuild && searchIndexPlugin({ content: () => content.api.content() }),
      previewNotFoundPlugin(),
      !isSsrBuild && compileHintsPlugin(['framework']),
      // The service worker and its shell; neither the server bundle nor Vitest's own config load
      // needs them (a build a test starts, a fixture site, is a real one).
      !isSsrBuild && mode !== 'test' && pwaPlugin({ content: () => content.api.content() }),
      // Last: precompresses the finished build and writes the host configs from it.
      !isSsrBuild && hostPlugin(),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
      },
    },
    // The dev server falls back to index.html for client routes; the preview serves the
    // prerendered files as a static host would (see previewNotFoundPlugin).
    appType: isPreview ? 'mpa' : 'spa',
    build: {
      outDir: outDir(),
      target: 'es2022',
      // One small stylesheet, render-blocking: no late route CSS, so no layout shift.
      cssCodeSplit: false,
      sourcemap: false,
      // Every browser that runs this ES2022 build preloads modules natively.
      modulePreload: { polyfill: false, resolveDependencies: preload.resolveDependencies },
      rolldownOptions: {
        output: {
          // The server bundle is one file: the prerender imports it afresh for each build, and
          // chunks importing the entry back would each see another copy of its module state.
          codeSplitting: isSsrBuild
            ? false
            : {
                // A group takes the modules it names, not everything they import.
                includeDependenciesRecursively: false,
                groups: [
                  // React, the router and the query cache are needed together by every page: one
                  // chunk compresses better and costs fewer requests than the half-dozen Rolldown
                  // would cut.
                  {
                    name: 'framework',
                    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
                  },
                  // App code that two or more chunks share (links, list items, stores): one chunk
                  // rather than a request for every few hundred bytes. Not the boot script's own
                  // modules (src/lib, the install offer), so that it imports nothing before it runs.
                  {
                    name: 'shared',
                    test: /[\\/]src[\\/](components|features[\\/](stories|saved|reading|offline[\\/]components[\\/]offline-mark)|lib[\\/]fetch-json)/,
                    minShareCount: 2,
                  },
                ],
              },
        },
      },
      ...(isSsrBuild ? { outDir: SERVER_OUT_DIR, emptyOutDir: true, copyPublicDir: false } : {}),
    },
    // The headers, caching and 404s of a configured host come from previewNotFoundPlugin.
    preview: { port: 4173, strictPort: true },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}', 'tests/setup/*.test.ts', 'tests/support/**/*.test.ts'],
            setupFiles: ['tests/setup/inside-repository.ts', 'tests/setup/unit.ts'],
          },
        },
        {
          extends: true,
          test: {
            // Reads the build output (`npm run build` first): first-load budgets.
            name: 'build',
            environment: 'node',
            include: ['tests/build/**/*.test.ts'],
            setupFiles: ['tests/setup/inside-repository.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            setupFiles: ['tests/setup/inside-repository.ts'],
            globalSetup: ['tests/support/preview-server.ts'],
            // One Chromium at a time: these machines have two cores.
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  };
});
