/*
 * `npm run bench`: Lighthouse against the no-JavaScript floor, related-story navigation, and the
 * scale benchmark. It prints figures and never fails on them (machines are noisy); it fails only
 * when something cannot run. Options:
 *   --reuse-dist        measure the existing dist/ instead of building first
 *   --runs=N            Lighthouse runs per page (median; default 3)
 *   --throttling=devtools  throttle for real instead of Lighthouse's simulation (default simulate)
 *   --scale=6,1000      story counts for the scale and search benchmarks (default 6,1000,10000; 6 = the real stories)
 *   --skip=lighthouse,navigation,scale,search
 * Ports: BENCH_PORT (default 4422) for the app and BENCH_PORT+1 for the floor.
 */
import { rmSync } from 'node:fs';
import { LEAD_SLUG } from '@tests/support/content';
import { formatFirstLoad, measureFirstLoad, outDirFromEnv } from '@tests/support/first-load';
import { type LighthouseFigures, lighthouse, medianFigures } from './lighthouse';
import { measureRelatedNavigation, medianMs } from './navigation';
import { measureScale, type ScaleFigures } from './scale';
import { searchBenchmark } from './search';
import { build, floorCopy, serve, table } from './support';

const LEAD = LEAD_SLUG;
const LEAD_PAGE = `story/${LEAD}.html`;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(prefix));
  return arg === undefined ? undefined : arg.startsWith(prefix) ? arg.slice(prefix.length) : '';
}
const runs = Number(option('runs') ?? 3);
const throttling = option('throttling') === 'devtools' ? 'devtools' : 'simulate';
const scaleCounts = (option('scale') ?? '6,1000,10000').split(',').filter(Boolean).map(Number);
const skip = new Set((option('skip') ?? '').split(','));
const port = Number(process.env.BENCH_PORT ?? 4422);
const outDir = outDirFromEnv();

const ms = (value: number) => `${Math.round(value)} ms`;
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function lighthouseSection(): Promise<void> {
  const app = await serve(outDir, port);
  const floorDir = floorCopy(outDir, LEAD_PAGE);
  const floor = await serve(floorDir, port + 1);
  try {
    const pages = [
      { name: 'front page', url: `${app.url}/` },
      { name: 'lead story', url: `${app.url}/story/${LEAD}` },
      { name: 'lead story, no JS (floor)', url: `${floor.url}/story/${LEAD}` },
    ];
    const results = new Map<string, LighthouseFigures[]>(pages.map((p) => [p.name, []]));
    // Pages take turns, so that a busy moment on the machine does not land on one page only.
    for (let i = 1; i <= runs; i++) {
      for (const page of pages) {
        process.stdout.write(`Lighthouse run ${i}/${runs}: ${page.name}…\n`);
        results.get(page.name)?.push(await lighthouse(page.url, throttling));
      }
    }
    const medians = new Map([...results].map(([name, figures]) => [name, medianFigures(figures)]));
    const rows: (string | number)[][] = [['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']];
    for (const [name, m] of medians) {
      rows.push([
        name,
        m.performance,
        m.accessibility,
        m.bestPractices,
        m.seo,
        ms(m.fcp),
        ms(m.lcp),
        ms(m.tbt),
        m.cls.toFixed(3),
      ]);
    }
    console.log(
      `\nLighthouse ${runs}× per page, mobile, ${throttling === 'simulate' ? 'simulated' : 'DevTools'} throttling (median of each figure)\n`,
    );
    console.log(table(rows));
    const story = medians.get('lead story');
    const base = medians.get('lead story, no JS (floor)');
    if (story && base) {
      console.log(
        `\nlead story / floor: FCP ${(story.fcp / base.fcp).toFixed(3)}×, LCP ${(story.lcp / base.lcp).toFixed(3)}×`,
      );
    }
    for (const [name, m] of medians) {
      if (m.failing.length > 0) console.log(`${name}, audits not passed in some run:\n  ${m.failing.join('\n  ')}`);
    }
  } finally {
    await app.close();
    await floor.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

async function navigationSection(): Promise<void> {
  const app = await serve(outDir, port);
  try {
    const timings = await measureRelatedNavigation(app.url, `/story/${LEAD}`);
    console.log('\nRelated-story navigation: hover (prefetch), then click → new h1 painted\n');
    console.log(table([['related story', 'click → paint'], ...timings.map((t) => [t.slug, `${t.ms.toFixed(1)} ms`])]));
    console.log(`median: ${medianMs(timings).toFixed(1)} ms`);
  } finally {
    await app.close();
  }
}

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
      ['stories', 'build', 'files', 'total MB', 'story HTML', 'story JS', 'story CSS', 'front HTML', 'front JS'],
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
      ]),
    ]),
  );
}

async function main(): Promise<void> {
  console.log(`Broadsheet benchmark, ${new Date().toISOString()}, Node ${process.versions.node}`);
  if (option('reuse-dist') === undefined) {
    process.stdout.write('Building dist/…\n');
    console.log(`build: ${(await build()).toFixed(1)} s`);
  }
  console.log(`\n${formatFirstLoad(measureFirstLoad(outDir, LEAD_PAGE))}`);
  if (!skip.has('lighthouse')) await lighthouseSection();
  if (!skip.has('navigation')) await navigationSection();
  if (!skip.has('scale')) await scaleSection();
  if (!skip.has('search')) await searchBenchmark({ counts: scaleCounts, port, runs });
}

await main();
