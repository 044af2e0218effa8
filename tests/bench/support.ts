import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { briefSlug, LEAD_SLUG } from '@tests/support/content';
import { fileOf } from '@tests/support/first-load';
import { type Served, serve } from '@tests/support/site-build';
import { storyPath } from '@/features/stories/story-urls';

/** The pages every section measures: a full story, a brief (headline and standfirst) and the front page. */
export const BENCH_PAGES = () => [
  { name: 'lead story', path: storyPath(LEAD_SLUG) },
  { name: 'brief', path: storyPath(briefSlug()) },
  { name: 'front page', path: '/' },
];

export { build, run, serve } from '@tests/support/site-build';

/**
 * A copy of a build whose pages (`story/x.html`, …) keep their HTML and CSS but lose every
 * script and modulepreload: the no-JavaScript floor the app is measured against.
 */
export function floorCopy(outDir: string, pages: readonly string[]): string {
  const copy = mkdtempSync(join(tmpdir(), 'broadsheet-floor-'));
  cpSync(outDir, copy, { recursive: true });
  for (const page of pages) {
    const html = readFileSync(join(copy, page), 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
      .replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/gi, '');
    if (/<script|modulepreload/i.test(html)) throw new Error(`The floor copy of ${page} still has a script`);
    writeFileSync(join(copy, page), html);
  }
  return copy;
}

/**
 * Serves the build (on `port`) and its no-JavaScript floor for `paths` (on `port + 1`) while `use`
 * runs, then stops both and deletes the floor's copy.
 */
export async function withAppAndFloor<T>(
  outDir: string,
  port: number,
  paths: readonly string[],
  use: (app: Served, floor: Served) => Promise<T>,
): Promise<T> {
  const floorDir = floorCopy(outDir, paths.map(fileOf));
  const app = await serve(outDir, port);
  const floor = await serve(floorDir, port + 1);
  try {
    return await use(app, floor);
  } finally {
    await app.close();
    await floor.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

/** Every file under a folder, with its size in bytes. */
export function listFiles(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(dir, path), bytes: statSync(path).size };
    });
}

/** Median and range of a set of runs, for "median (min–max)". */
export function spread(values: readonly number[]): { median: number; min: number; max: number } {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** "123 (110–140)": a median and its range, each formatted by `format`. */
export function medianRange(values: readonly number[], format: (value: number) => string = String): string {
  const { median: m, min, max } = spread(values);
  return `${format(m)} (${format(min)}–${format(max)})`;
}

export const ms = (value: number) => `${Math.round(value)} ms`;
export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** A target line: what was measured against what the issue asks, never a failure of the run. */
export const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A plain-text table: the first row is the header; numbers are right-aligned. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length))) ?? [];
  return cells
    .map((row) =>
      row
        .map((cell, i) =>
          i > 0 && /^[-\d.,×%]+( \w+)?$/.test(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
