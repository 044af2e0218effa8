import { CHROMIUM_FLAGS, chromiumPath } from '@tests/support/browser';
import { type Download, recordFirstVisit } from '@tests/support/first-visit';
import { type Browser, chromium } from 'playwright-core';
import { BENCH_PAGES, kB, median, medianRange, ms, table, verdict, withAppAndFloor } from './support';

/*
 * Real throttling, to check Lighthouse's simulation: Chromium itself slowed down through the
 * DevTools protocol, a fresh context (empty cache) for every load, the app and its no-JavaScript
 * floor alternating in one run.
 */

/** Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4× slower CPU. */
export const SLOW_PHONE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

/** Collected in the page from its first script on (an init script): paint timings and long tasks. */
const OBSERVE = `(() => {
  const figures = (window.__bench = { fcp: 0, lcp: 0, longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') figures.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) figures.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) figures.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

type Load = { fcp: number; lcp: number; tbt: number; jsGzip: number };

async function throttledLoad(browser: Browser, url: string): Promise<Load> {
  // The phone Lighthouse emulates; service workers off, so both variants download only the page.
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE.latency,
      downloadThroughput: SLOW_PHONE.downloadThroughput,
      uploadThroughput: SLOW_PHONE.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
    await page.addInitScript({ content: OBSERVE });
    const downloads: Download[] = await recordFirstVisit(context, page, url, { quietMs: 1500, timeoutMs: 90_000 });
    const figures = (await page.evaluate('window.__bench')) as { fcp: number; lcp: number; longTasks: number[][] };
    // Total blocking time as Lighthouse defines it: the part over 50 ms of each task after FCP.
    const tbt = figures.longTasks
      .filter(([start = 0]) => start >= figures.fcp)
      .reduce((sum, [, duration = 0]) => sum + Math.max(0, duration - 50), 0);
    const jsGzip = downloads
      .filter((d) => d.by === 'page' && /\.m?js$/.test(d.path))
      .reduce((sum, d) => sum + d.gzip, 0);
    return { fcp: figures.fcp, lcp: figures.lcp, tbt, jsGzip };
  } finally {
    await context.close();
  }
}

/** Lead story and front page (and a brief), `loads` loads each of the app and of its floor. */
export async function throttledSection(outDir: string, port: number, { loads }: { loads: number }): Promise<void> {
  const pages = BENCH_PAGES();
  const paths = pages.map((page) => page.path);
  await withAppAndFloor(outDir, port, paths, async (app, floor) => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
    try {
      console.log(
        `\nReal throttling through CDP (${SLOW_PHONE.latency} ms latency, 1.6 Mbit/s down, 750 kbit/s up, ${SLOW_PHONE.cpuSlowdown}× CPU), ` +
          `${browser.version()}, fresh context per load, app and floor alternating, ${loads} loads each; ` +
          'FCP/LCP from PerformanceObserver, TBT from long tasks after FCP, JS = page scripts until network idle (gzip)',
      );
      const targets: string[] = [];
      for (const page of pages) {
        const appLoads: Load[] = [];
        const floorLoads: Load[] = [];
        for (let i = 1; i <= loads; i++) {
          process.stdout.write(`Throttled load ${i}/${loads}: ${page.name}, then its floor…\n`);
          appLoads.push(await throttledLoad(browser, `${app.url}${page.path}`));
          floorLoads.push(await throttledLoad(browser, `${floor.url}${page.path}`));
        }
        const rows: (string | number)[][] = [
          ['load', 'app FCP', 'app LCP', 'app TBT', 'app JS kB', 'floor FCP', 'floor LCP'],
          ...appLoads.map((a, i) => [
            i + 1,
            ms(a.fcp),
            ms(a.lcp),
            ms(a.tbt),
            kB(a.jsGzip),
            ms(floorLoads[i]?.fcp ?? Number.NaN),
            ms(floorLoads[i]?.lcp ?? Number.NaN),
          ]),
        ];
        const range = (loadsOf: Load[], key: keyof Load, format = ms) =>
          medianRange(
            loadsOf.map((l) => l[key]),
            format,
          );
        rows.push([
          'median (min–max)',
          range(appLoads, 'fcp'),
          range(appLoads, 'lcp'),
          range(appLoads, 'tbt'),
          range(appLoads, 'jsGzip', kB),
          range(floorLoads, 'fcp'),
          range(floorLoads, 'lcp'),
        ]);
        console.log(`\n${page.name}\n${table(rows)}`);
        const lcpRatio = median(appLoads.map((l) => l.lcp)) / median(floorLoads.map((l) => l.lcp));
        const fcpRatio = median(appLoads.map((l) => l.fcp)) / median(floorLoads.map((l) => l.fcp));
        console.log(`LCP ${lcpRatio.toFixed(3)}× the floor, FCP ${fcpRatio.toFixed(3)}× (ratios of medians)`);
        targets.push(`${page.name}: LCP ${lcpRatio.toFixed(3)}× the floor (≤ 1.05× ${verdict(lcpRatio <= 1.05)})`);
      }
      console.log(`\nTargets (issue 11):\n${targets.map((t) => `- ${t}`).join('\n')}`);
    } finally {
      await browser.close();
    }
  });
}
