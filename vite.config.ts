import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/build/content-plugin.ts';
import { SECURITY_HEADERS } from './src/build/csp.ts';
import { discoveryPlugin } from './src/build/discovery-plugin.ts';
import { contentDir, outDir } from './src/build/folders.ts';
import { preferencesScriptPlugin } from './src/build/preferences-script-plugin.ts';
import { preloadDependencies } from './src/build/preload-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { previewNotFoundPlugin } from './src/build/preview-plugin.ts';
import { pwaPlugin } from './src/build/pwa-plugin.ts';
import { searchIndexPlugin } from './src/build/search-index-plugin.ts';

/** The site's public URL, used for canonical links, Open Graph, the feed and the sitemap. */
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4173';
/** Where `vite build --ssr` puts the server bundle that the client build prerenders with. */
export const SERVER_OUT_DIR = 'node_modules/.cache/broadsheet-server';

export default defineConfig(({ isSsrBuild, isPreview }) => {
  const content = contentPlugin({ dir: contentDir() });
  const preload = preloadDependencies();
  return {
    plugins: [
      react(),
      preload.plugin,
      content,
      preferencesScriptPlugin(),
      !isSsrBuild &&
        prerenderPlugin({
          serverEntry: `${SERVER_OUT_DIR}/entry-server.js`,
          content: () => content.api.content(),
          siteUrl: SITE_URL,
        }),
      !isSsrBuild && discoveryPlugin({ content: () => content.api.content(), siteUrl: SITE_URL }),
      !isSsrBuild && searchIndexPlugin({ content: () => content.api.content() }),
      previewNotFoundPlugin(),
      // The service worker precaches the client build; neither the server bundle nor the tests need it.
      !isSsrBuild && !process.env.VITEST && pwaPlugin(),
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
          // React, the router and the query cache are needed together by every page: one chunk
          // compresses better and costs fewer requests than the half-dozen Rolldown would cut.
          codeSplitting: isSsrBuild
            ? true
            : {
                groups: [
                  {
                    name: 'framework',
                    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
                  },
                ],
              },
        },
      },
      ...(isSsrBuild ? { outDir: SERVER_OUT_DIR, emptyOutDir: true, copyPublicDir: false } : {}),
    },
    preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['src/**/*.test.{ts,tsx}', 'tests/setup/*.test.ts'],
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
