import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { outDirFromEnv } from '@tests/support/first-load';
import { type PrecacheEntry, precacheEntries } from '@tests/support/pwa';
import { describe, expect, test } from 'vitest';

/*
 * The service worker's precache, read from the build (`npm run build` first): the shell every
 * page needs, never the archive, under budget. The scale browser test checks the same at 1,000
 * stories; the benchmark measures 10,000.
 */

const PRECACHE_BUDGET = 1_500_000;
/** What every page needs offline, whatever else the shell holds. */
const SHELL = ['index.html', '404.html', 'offline.html', 'saved.html', 'manifest.webmanifest', 'data/front/1.json'];

/** What is wrong with a precache list, in words (none: it is the shell, under budget). */
function precacheProblems(entries: readonly PrecacheEntry[], sizeOf: (url: string) => number): string[] {
  const urls = entries.map((entry) => entry.url);
  const problems = urls
    .filter((url) => /^(story|page|data\/stories|screenshots|pagefind)\//.test(url))
    .map((url) => `${url} is not part of the shell`);
  for (const url of SHELL) if (!urls.includes(url)) problems.push(`${url} is missing`);
  const bytes = urls.reduce((sum, url) => sum + sizeOf(url), 0);
  if (bytes > PRECACHE_BUDGET) problems.push(`${bytes} bytes is over the budget of ${PRECACHE_BUDGET}`);
  return problems;
}

const outDir = outDirFromEnv();
if (!existsSync(join(outDir, 'sw.js'))) throw new Error(`No sw.js in ${outDir}: run "npm run build" first.`);

describe('the service worker', () => {
  const entries = precacheEntries(outDir);
  const sizeOf = (url: string) => statSync(join(outDir, url)).size;

  test('precaches the shell, not the stories, within budget', () => {
    const bytes = entries.reduce((sum, entry) => sum + sizeOf(entry.url), 0);
    console.log(`precache: ${entries.length} files, ${bytes} bytes`);
    expect(precacheProblems(entries, sizeOf)).toEqual([]);
  });

  test('precaches every chunk, stylesheet and font the app can load', () => {
    const built = readdirSync(join(outDir, 'assets'))
      .filter((file) => /\.(js|css|woff2)$/.test(file))
      .map((file) => `assets/${file}`);
    const precached = entries.filter((entry) => entry.url.startsWith('assets/')).map((entry) => entry.url);
    expect(new Set(precached)).toEqual(new Set(built));
    expect(built.length).toBeGreaterThan(10);
  });

  test('is one self-contained script (no importScripts for Trusted Types to allow)', () => {
    expect(readFileSync(join(outDir, 'sw.js'), 'utf8')).not.toMatch(/importScripts\(/);
  });

  test('the precache check catches a story, a missing shell page and a precache over budget', () => {
    const planted: PrecacheEntry[] = [
      ...entries.filter((entry) => entry.url !== 'offline.html'),
      { url: 'story/some-story.html', revision: '1' },
    ];
    expect(precacheProblems(planted, (url) => (url.startsWith('story/') ? PRECACHE_BUDGET : sizeOf(url)))).toEqual([
      'story/some-story.html is not part of the shell',
      'offline.html is missing',
      expect.stringMatching(/over the budget/),
    ]);
  });
});
