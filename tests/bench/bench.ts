/*
 * `npm run bench`: every figure issue 11 asks for, on this machine, then the scale benchmark. It
 * prints every run and its spread and never fails on a figure (machines are noisy); it fails only
 * when something cannot run. Sections and options:
 *   first-visit   the JavaScript Chromium downloads until network idle, against the budget's count
 *   lighthouse    Lighthouse 12 mobile on the lead story, a brief, the front page and their no-JS floors
 *   throttled     real throttling through CDP, app and floor alternating (LCP, FCP, TBT)
 *   interactions  opening Display and pressing Save under 4× CPU slowdown
 *   navigation    related-story navigation, click → new headline painted
 *   scale         the site built from 6, 1,000 and 10,000 stories
 *   offline       the offline benchmark at each scale (first visit's downloads, cache, warm-up)
 *   search        search at each scale (index size, first and later queries, offline)
 *   --reuse-dist        measure the existing dist/ instead of building first
 *   --runs=N            Lighthouse runs per page (default 5); --loads=N throttled loads each (default 7)
 *   --throttling=devtools  Lighthouse throttles for real instead of simulating
 *   --scale=6,1000      story counts for the scale, offline and search benchmarks (default 6,1000,10000; 6 = the real stories)
 *   --skip=lighthouse,throttled,…   sections to leave out
 *   --serve             only the serving benchmark: nginx (generated config) against vite preview,
 *                       100 connections, a mix of pages, data files and assets
 *   --serve-seconds=N   how long each server is loaded (default 10, at most 30)
 * Ports: BENCH_PORT (default 4422) for the app and BENCH_PORT+1 for the floor (serving: nginx
 * and vite preview).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromiumPath } from '@tests/support/browser';
import { LEAD_SLUG } from '@tests/support/content';
import { formatFirstLoad, measureFirstLoad, outDirFromEnv } from '@tests/support/first-load';
import { contentDir } from '@/build/folders';
import { storyPath } from '@/features/stories/story-urls';
import { firstVisitSection } from './first-visit';
import { interactionsSection } from './interactions';
import { lighthouseSection } from './lighthouse';
import { navigationSection } from './navigation';
import { offlineSection } from './offline';
import { measureScale, type ScaleFigures } from './scale';
import { searchBenchmark } from './search';
import { measureServing } from './serve';
import { build, kB, table } from './support';
import { throttledSection } from './throttled';

const LEAD = LEAD_SLUG;
const LEAD_PAGE = `story/${LEAD}.html`;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(prefix));
  return arg === undefined ? undefined : arg.startsWith(prefix) ? arg.slice(prefix.length) : '';
}
const runs = Number(option('runs') ?? 5);
const loads = Number(option('loads') ?? 7);
const throttling = option('throttling') === 'devtools' ? 'devtools' : 'simulate';
const scaleCounts = (option('scale') ?? '6,1000,10000').split(',').filter(Boolean).map(Number);
const skip = new Set((option('skip') ?? '').split(','));
const port = Number(process.env.BENCH_PORT ?? 4422);
const outDir = outDirFromEnv();

/** The machine and the tools, so that a figure can be read in its setting. */
function environment(): string {
  const chromium = execFileSync(chromiumPath(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .trim()
    .split('\n')
    .at(-1);
  const lighthouse = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string })
    .version;
  return `${chromium}; Lighthouse ${lighthouse}; Node ${process.versions.node}; ${cpus().length} cores; ${load()}`;
}

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1, 5, 15 min)`;

async function scaleSection(): Promise<void> {
  const figures: ScaleFigures[] = [];
  for (const count of scaleCounts) {
    process.stdout.write(`Scale: building ${count} ${count === 6 ? 'real' : 'synthetic'} stories…\n`);
    figures.push(await measureScale(count, count === 6 ? LEAD_PAGE : undefined));
  }
  console.log(
    '\nScale: the same app built from N stories (first load of one story page and the front page, gzip kB)\n',
  );
  console.log(
    table([
      [
        'stories',
        'build',
        'files',
        'total MB',
        'story HTML',
        'story JS',
        'story CSS',
        'front HTML',
        'front JS',
        'section pages',
        'section HTML',
        'section JS',
        'section data (max raw)',
      ],
      ...figures.map((f) => [
        f.stories,
        `${f.buildSeconds.toFixed(1)} s`,
        f.files,
        (f.totalBytes / 1e6).toFixed(1),
        kB(f.htmlGzip),
        kB(f.jsGzip),
        kB(f.cssGzip),
        kB(f.frontHtmlGzip),
        kB(f.frontJsGzip),
        f.sectionPages,
        kB(f.sectionHtmlGzip),
        kB(f.sectionJsGzip),
        kB(f.sectionDataMax),
      ]),
    ]),
  );
}

async function serveSection(): Promise<void> {
  const seconds = Math.min(30, Math.max(1, Number(option('serve-seconds') || 10)));
  process.stdout.write(`Serving: nginx, then vite preview, ${seconds} s each under 100 connections…\n`);
  const figures = await measureServing({ outDir, contentDir: contentDir(), port, seconds });
  console.log(
    `\nServing on loopback: 100 connections, ${seconds} s each, a mix of story pages, data files and assets, Accept-Encoding: gzip, deflate, br\n`,
  );
  console.log(
    table([
      ['server', 'req/s', 'p50', 'p99', 'errors', 'non-2xx', 'requests', 'bytes/request'],
      ...figures.map((f) => [
        f.server,
        Math.round(f.requestsPerSecond),
        `${f.p50} ms`,
        `${f.p99} ms`,
        f.errors,
        f.non2xx,
        f.requests,
        Math.round(f.bytesPerRequest),
      ]),
    ]),
  );
  const [nginx, preview] = figures;
  if (nginx && preview) {
    console.log(
      `\nnginx / vite preview: ${(nginx.requestsPerSecond / preview.requestsPerSecond).toFixed(1)}× the requests/s (target ≥ 10×), ${(preview.bytesPerRequest / nginx.bytesPerRequest).toFixed(2)}× fewer bytes a request; nginx p99 ${nginx.p99} ms (target ≤ 20 ms), ${nginx.errors + nginx.non2xx} errors (target 0)`,
    );
  }
}

async function main(): Promise<void> {
  console.log(`Broadsheet benchmark, ${new Date().toISOString()}\n${environment()}`);
  if (option('reuse-dist') === undefined) {
    process.stdout.write('Building dist/…\n');
    console.log(`build: ${(await build()).toFixed(1)} s`);
  }
  if (option('serve') !== undefined) {
    await serveSection();
    return;
  }
  console.log(`\n${formatFirstLoad(measureFirstLoad(outDir, LEAD_PAGE))}`);
  if (!skip.has('first-visit')) await firstVisitSection(outDir, port);
  if (!skip.has('lighthouse')) await lighthouseSection(outDir, port, { runs, throttling });
  if (!skip.has('throttled')) await throttledSection(outDir, port, { loads });
  if (!skip.has('interactions')) await interactionsSection(outDir, port, { path: storyPath(LEAD), runs: loads });
  if (!skip.has('navigation')) await navigationSection(outDir, port, storyPath(LEAD));
  if (!skip.has('scale')) await scaleSection();
  if (!skip.has('offline')) await offlineSection(scaleCounts, runs, port);
  if (!skip.has('search')) await searchBenchmark({ counts: scaleCounts, port, runs });
  console.log(`\nDone, ${new Date().toISOString()}, ${load()}`);
}

await main();
