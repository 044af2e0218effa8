import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '@tests/support/browser';
import { BENCH_PAGES, median, medianRange, ms, run, spread, table, verdict, withAppAndFloor } from './support';

/** The figures the benchmark keeps from one Lighthouse report. */
export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that did not pass in the accessibility, best-practices or SEO categories. */
  failing: string[];
  /** Lighthouse's version and the browser it drove, as the report says. */
  lighthouseVersion: string;
  browser: string;
};

type Report = {
  lighthouseVersion: string;
  environment: { hostUserAgent: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
};

/** One Lighthouse run: the default mobile profile, with simulated throttling. */
export async function lighthouse(
  url: string,
  throttling: 'simulate' | 'devtools' = 'simulate',
): Promise<LighthouseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-lh-'));
  const output = join(dir, 'report.json');
  try {
    await run(
      'node',
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        '--quiet',
        `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--throttling-method=${throttling}`,
        '--output=json',
        `--output-path=${output}`,
      ],
      { CHROME_PATH: chromiumPath() },
    );
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    const failing = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
      (report.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${report.audits[ref.id]?.title ?? ref.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      failing,
      lighthouseVersion: report.lighthouseVersion,
      browser: /(?:Headless)?Chrom(?:e|ium)\/[\d.]+/.exec(report.environment.hostUserAgent)?.[0] ?? 'unknown',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Figure = Exclude<keyof LighthouseFigures, 'failing' | 'lighthouseVersion' | 'browser'>;

/** The median of each figure over several runs (each figure on its own). */
export function medianFigures(runs: readonly LighthouseFigures[]): Record<Figure, number> {
  const of = (key: Figure) => median(runs.map((r) => r[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
  };
}

function runRows(runs: readonly LighthouseFigures[]): (string | number)[][] {
  const row = (label: string, f: (key: Figure, format: (v: number) => string) => string) => [
    label,
    f('performance', String),
    f('accessibility', String),
    f('bestPractices', String),
    f('seo', String),
    f('fcp', ms),
    f('lcp', ms),
    f('tbt', ms),
    f('cls', (v) => v.toFixed(3)),
  ];
  const values = (key: Figure) => runs.map((r) => r[key]);
  return [
    ['run', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
    ...runs.map((r, i) => row(String(i + 1), (key, format) => format(r[key]))),
    row('median', (key, format) => format(median(values(key)))),
    row('min–max', (key, format) => `${format(spread(values(key)).min)}–${format(spread(values(key)).max)}`),
  ];
}

/**
 * Lighthouse 12 (mobile, simulated throttling unless asked otherwise) on the lead story, a brief
 * and the front page, each against its own no-JavaScript floor: the same page with every script
 * removed, served from a copy of the build. Pages and floors take turns, so a busy moment on the
 * machine does not land on one page only. Every run is printed, then medians and ranges.
 */
export async function lighthouseSection(
  outDir: string,
  port: number,
  { runs, throttling }: { runs: number; throttling: 'simulate' | 'devtools' },
): Promise<void> {
  const pages = BENCH_PAGES();
  const paths = pages.map((page) => page.path);
  await withAppAndFloor(outDir, port, paths, async (app, floor) => {
    const results = new Map<string, { app: LighthouseFigures[]; floor: LighthouseFigures[] }>(
      pages.map((page) => [page.name, { app: [], floor: [] }]),
    );
    for (let i = 1; i <= runs; i++) {
      for (const page of pages) {
        const result = results.get(page.name);
        if (!result) continue;
        process.stdout.write(`Lighthouse run ${i}/${runs}: ${page.name}, then its floor…\n`);
        result.app.push(await lighthouse(`${app.url}${page.path}`, throttling));
        result.floor.push(await lighthouse(`${floor.url}${page.path}`, throttling));
      }
    }
    const first = results.get(pages[0]?.name ?? '')?.app[0];
    console.log(
      `\nLighthouse ${first?.lighthouseVersion} (${first?.browser}), mobile, ${
        throttling === 'simulate' ? 'simulated' : 'DevTools'
      } throttling, ${runs} runs per page, every run:`,
    );
    for (const [name, result] of results) {
      console.log(`\n${name}\n${table(runRows(result.app))}`);
      console.log(`\n${name} without JavaScript (floor)\n${table(runRows(result.floor))}`);
    }

    const summary: (string | number)[][] = [
      ['page', 'perf', 'a11y/bp/SEO', 'FCP', 'LCP', 'TBT', 'FCP ÷ floor', 'LCP ÷ floor'],
    ];
    const targets: string[] = [];
    for (const [name, { app: runsOfApp, floor: runsOfFloor }] of results) {
      const m = medianFigures(runsOfApp);
      const f = medianFigures(runsOfFloor);
      const fcpRatio = m.fcp / f.fcp;
      const lcpRatio = m.lcp / f.lcp;
      const scores = (r: LighthouseFigures) => Math.min(r.accessibility, r.bestPractices, r.seo);
      summary.push([
        name,
        medianRange(runsOfApp.map((r) => r.performance)),
        medianRange(runsOfApp.map(scores)),
        medianRange(
          runsOfApp.map((r) => r.fcp),
          ms,
        ),
        medianRange(
          runsOfApp.map((r) => r.lcp),
          ms,
        ),
        medianRange(
          runsOfApp.map((r) => r.tbt),
          ms,
        ),
        `${fcpRatio.toFixed(2)}×`,
        `${lcpRatio.toFixed(2)}×`,
      ]);
      const worst = Math.min(...runsOfApp.map((r) => r.performance));
      targets.push(
        `${name}: performance median ${m.performance} (≥ 98 ${verdict(m.performance >= 98)}), lowest run ${worst} (≥ 95 ${verdict(worst >= 95)}); ` +
          `a11y/best practices/SEO lowest ${Math.min(...runsOfApp.map(scores))} (100 ${verdict(runsOfApp.every((r) => scores(r) === 100))}); ` +
          `FCP ${fcpRatio.toFixed(2)}× and LCP ${lcpRatio.toFixed(2)}× the floor (≤ 1.10× ${verdict(fcpRatio <= 1.1 && lcpRatio <= 1.1)})` +
          (name === 'lead story' ? `; TBT median ${ms(m.tbt)} (≤ 50 ms ${verdict(m.tbt <= 50)})` : ''),
      );
      const failing = [...new Set(runsOfApp.flatMap((r) => r.failing))];
      if (failing.length > 0) targets.push(`${name}, audits not passed in some run:\n  ${failing.join('\n  ')}`);
    }
    console.log(`\nLighthouse summary: median (min–max) over ${runs} runs; ratios of medians\n`);
    console.log(table(summary));
    console.log(`\nTargets (issue 11):\n${targets.map((t) => `- ${t}`).join('\n')}`);
  });
}
