import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '@tests/support/browser';
import { run } from '@tests/support/site-build';
import { median } from './support';

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
};

type Report = {
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
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of each figure over several runs (each figure on its own). */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (key: Exclude<keyof LighthouseFigures, 'failing'>) => median(runs.map((r) => r[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}
