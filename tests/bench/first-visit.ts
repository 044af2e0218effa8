import { openBrowser } from '@tests/support/browser';
import { fileOf, measureFirstLoad, total } from '@tests/support/first-load';
import { type Download, gzipTotal, pageScripts, recordFirstVisit } from '@tests/support/first-visit';
import { BENCH_PAGES, kB, serve, table, verdict } from './support';

/*
 * Every byte of a first visit, as Chromium downloads it: a fresh profile (service worker
 * allowed, as a new reader), no interaction, until the network has been quiet for a second.
 * The page's JavaScript is compared file by file with the budget's count from the build.
 */

const isScript = (d: Download) => /\.m?js$/.test(d.path);

export async function firstVisitSection(outDir: string, port: number): Promise<void> {
  const app = await serve(outDir, port);
  try {
    console.log(
      '\nFirst visit, no interaction, until the network is idle (Chromium, fresh profile; gzip level 9 of each body)\n',
    );
    const targets: string[] = [];
    for (const page of BENCH_PAGES()) {
      const browser = await openBrowser({ viewport: { width: 412, height: 823 } });
      let downloads: Download[];
      try {
        downloads = await recordFirstVisit(browser.context, browser.page, `${app.url}${page.path}`);
      } finally {
        await browser.close();
      }
      const counted = measureFirstLoad(outDir, fileOf(page.path));
      const byPage = downloads.filter((d) => d.by === 'page');
      const scripts = byPage.filter(isScript);
      const worker = downloads.filter((d) => d.by === 'service worker');
      console.log(`${page.name} (${page.path})`);
      console.log(
        table([
          ['file the page downloaded', 'type', 'after', 'gzip kB'],
          ...byPage.map((d) => [d.path, d.type, `${d.at} ms`, kB(d.gzip)]),
        ]),
      );
      const same =
        JSON.stringify(pageScripts(downloads)) === JSON.stringify(counted.js.map((file) => file.file).sort());
      const js = gzipTotal(scripts);
      console.log(
        `= page JavaScript ${kB(js)} kB gzip in ${scripts.length} files; everything the page downloaded ${kB(gzipTotal(byPage))} kB; ` +
          `the budget's count from the build ${kB(total(counted.js))} kB — same files: ${same ? 'yes' : 'NO'}`,
      );
      const fetched = worker.filter((d) => d.status !== 304);
      console.log(
        `  then the service worker, installing in the background: ${worker.length} requests, ${fetched.length} bodies over the network ` +
          `(${worker.length - fetched.length} revalidated from the browser's cache), ${kB(gzipTotal(fetched))} kB gzip, ` +
          `${kB(gzipTotal(fetched.filter(isScript)))} kB of it JavaScript (sw.js and the precached chunks)`,
      );
      const search = downloads.filter((d) => d.by === 'offline search');
      console.log(
        `  and search kept for offline use, if it started before the network went quiet: ${search.length} files, ` +
          `${kB(gzipTotal(search))} kB gzip (${kB(search.reduce((sum, d) => sum + d.transferred, 0))} kB transferred)\n`,
      );
      if (page.name !== 'brief') {
        targets.push(
          `${page.name}: ${kB(js)} kB JavaScript (≤ 100 ${verdict(js <= 100_000)}; stretch ≤ 90 ${verdict(js <= 90_000)}); counted by the budget exactly: ${same ? 'yes' : 'NO'}`,
        );
      }
    }
    console.log(`Targets (issue 11):\n${targets.map((t) => `- ${t}`).join('\n')}`);
  } finally {
    await app.close();
  }
}
