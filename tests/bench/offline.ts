/*
 * The offline figures of `npm run bench` (issue 10): for each size of archive, what the service
 * worker precaches and weighs, and, in Chromium (a fresh profile per run), what a first visit to
 * the front page costs: time to a controlling worker, time until the front page's stories are
 * kept, bytes the server sent (headers included; `vite preview` gzips, as a host would), and
 * Cache Storage used afterwards. Every run is printed, then the median and the spread.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openBrowser } from '@tests/support/browser';
import { precacheEntries, waitForOfflineCopies, waitForServiceWorker } from '@tests/support/pwa';
import { build, serve } from '@tests/support/site-build';
import { writeSyntheticStories } from '@tests/support/synthetic';
import type { FrontPage } from '@/features/stories/story-schema';
import { median, table } from './support';

type Visit = { controlMs: number; warmMs: number; cachesBytes: number; usageBytes: number; sentBytes: number };

type OfflineFigures = {
  stories: number;
  precacheEntries: number;
  precacheBytes: number;
  swBytes: number;
  swGzip: number;
  visits: Visit[];
};

async function firstVisit(url: string, slugs: readonly string[], sent: () => number): Promise<Visit> {
  const browser = await openBrowser();
  try {
    const before = sent();
    const start = performance.now();
    await browser.page.goto(`${url}/`);
    await waitForServiceWorker(browser.page);
    const controlMs = performance.now() - start;
    await waitForOfflineCopies(browser.page, slugs, 120_000);
    const warmMs = performance.now() - start;
    const estimate = await browser.page.evaluate(
      async () => (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { caches?: number } },
    );
    return {
      controlMs,
      warmMs,
      cachesBytes: estimate.usageDetails?.caches ?? 0,
      usageBytes: estimate.usage ?? 0,
      sentBytes: sent() - before,
    };
  } finally {
    await browser.close();
  }
}

/** Builds the site from `count` stories (6: the real ones) into a temporary folder and measures it. */
async function measure(count: number, runs: number, port: number): Promise<OfflineFigures> {
  const work = mkdtempSync(join(tmpdir(), `broadsheet-offline-${count}-`));
  try {
    const outDir = join(work, 'dist');
    const env: Record<string, string> = { BROADSHEET_OUT_DIR: outDir };
    if (count !== 6) {
      writeSyntheticStories(join(work, 'stories'), count);
      env.BROADSHEET_CONTENT_DIR = join(work, 'stories');
    }
    await build(env);
    const entries = precacheEntries(outDir);
    const worker = readFileSync(join(outDir, 'sw.js'));
    const front = JSON.parse(readFileSync(join(outDir, 'data/front/1.json'), 'utf8')) as FrontPage;
    const server = await serve(outDir, port);
    const visits: Visit[] = [];
    try {
      for (let run = 1; run <= runs; run++) {
        const visit = await firstVisit(
          server.url,
          front.stories.map((story) => story.slug),
          server.bytesSent,
        );
        console.log(
          `  ${count} stories, run ${run}: control ${Math.round(visit.controlMs)} ms, stories kept ${Math.round(visit.warmMs)} ms, ` +
            `Cache Storage ${mb(visit.cachesBytes)} MB, all storage ${mb(visit.usageBytes)} MB, served ${mb(visit.sentBytes)} MB`,
        );
        visits.push(visit);
      }
    } finally {
      await server.close();
    }
    return {
      stories: count,
      precacheEntries: entries.length,
      precacheBytes: entries.reduce((sum, entry) => sum + statSync(join(outDir, entry.url)).size, 0),
      swBytes: worker.length,
      swGzip: gzipSync(worker, { level: 9 }).length,
      visits,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** "median (min–max)" of one figure over the runs. */
function spread(visits: readonly Visit[], figure: keyof Visit, format: (value: number) => string): string {
  const values = visits.map((visit) => visit[figure]);
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
}

export async function offlineSection(counts: readonly number[], runs: number, port: number): Promise<void> {
  const figures: OfflineFigures[] = [];
  for (const count of counts) {
    process.stdout.write(`Offline: building ${count} ${count === 6 ? 'real' : 'synthetic'} stories…\n`);
    figures.push(await measure(count, runs, port));
  }
  const ms = (value: number) => `${Math.round(value)}`;
  console.log(`\nOffline: precache and a first visit to the front page (${runs} runs each; median (min–max))\n`);
  console.log(
    table([
      [
        'stories',
        'precache',
        'precache kB',
        'sw.js kB',
        'sw.js gzip kB',
        'control ms',
        'kept ms',
        'Cache Storage MB',
        'served MB',
      ],
      ...figures.map((f) => [
        f.stories,
        f.precacheEntries,
        kB(f.precacheBytes),
        kB(f.swBytes),
        kB(f.swGzip),
        spread(f.visits, 'controlMs', ms),
        spread(f.visits, 'warmMs', ms),
        spread(f.visits, 'cachesBytes', mb),
        spread(f.visits, 'sentBytes', mb),
      ]),
    ]),
  );
}
