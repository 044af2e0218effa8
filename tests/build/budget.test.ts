import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefSlug, LEAD_SLUG } from '@tests/support/content';
import { formatFirstLoad, measureFirstLoad, outDirFromEnv, staticImports, total } from '@tests/support/first-load';
import { describe, expect, test } from 'vitest';
import { COMPILE_HINT } from '@/build/compile-hints-plugin';

/*
 * The first-load budgets, checked against the real build output (`npm run build` first): every
 * byte of JavaScript a first visit downloads with no interaction (tests/e2e/first-visit.test.ts
 * checks Chromium downloads exactly the files counted here). Sizes are gzip at level 9; the tables
 * go to the log so every run shows the figures.
 */

const JS_BUDGET = 100_000;
const CSS_BUDGET = 15_000;
/** The upright serif every page preloads: one variable woff2, Latin only (Source Serif 4 is ~51 kB). */
const PRELOADED_FONT_BUDGET = 60_000;
/** Every font a page's text may be set in: the upright and the italic files. */
const FONT_BUDGET = 110_000;

const outDir = outDirFromEnv();
const PAGES = [
  { name: 'the lead story', file: `story/${LEAD_SLUG}.html` },
  { name: 'a brief', file: `story/${briefSlug()}.html` },
  { name: 'the front page', file: 'index.html' },
];

if (!existsSync(join(outDir, 'index.html'))) {
  throw new Error(`No build in ${outDir}: run "npm run build" before the budget test.`);
}

describe.each(PAGES)('first load of $name', ({ file }) => {
  const load = measureFirstLoad(outDir, file);
  console.log(formatFirstLoad(load));

  test('starts from a module script that exists in the build, which imports nothing before it runs', () => {
    const boot = load.js.filter((f) => f.reason === 'module script');
    expect(boot).toHaveLength(1);
    expect(staticImports(readFileSync(join(outDir, boot[0]?.file ?? ''), 'utf8'))).toEqual([]);
  });

  test(`needs at most ${JS_BUDGET / 1000} kB of JavaScript (gzip)`, () => {
    expect(total(load.js)).toBeLessThanOrEqual(JS_BUDGET);
  });

  test(`needs at most ${CSS_BUDGET / 1000} kB of CSS (gzip)`, () => {
    expect(load.css.length).toBeGreaterThan(0);
    expect(total(load.css)).toBeLessThanOrEqual(CSS_BUDGET);
  });

  test('asks V8 to compile the framework ahead, off the main thread (its compile hint is on top)', () => {
    const framework = load.js.find((f) => /(^|\/)framework-[^/]*\.js$/.test(f.file));
    expect(framework).toBeDefined();
    expect(readFileSync(join(outDir, framework?.file ?? ''), 'utf8').startsWith(`${COMPILE_HINT}\n`)).toBe(true);
  });

  test('fetches its scripts at low priority, after the text and stylesheet', () => {
    const tags = [...readFileSync(join(outDir, file), 'utf8').matchAll(/<(?:script|link)\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => /type="module"|rel="modulepreload"/.test(tag));
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((tag) => !tag.includes('fetchpriority="low"'))).toEqual([]);
  });

  test('swaps in its web fonts instead of hiding text, and preloads the one its text is set in', () => {
    expect(load.fontChecks.fontFacesWithoutDisplay).toEqual([]);
    expect(load.fontChecks.preloaded).toHaveLength(1);
    expect(load.fontChecks.preloaded[0]).toMatch(/-latin-wght-normal-[\w-]+\.woff2$/);
    expect(load.fontChecks.preloadedUnused).toEqual([]);
    // Nothing else is shipped: the Latin upright and italic files only.
    expect(load.fontChecks.files).toHaveLength(2);
  });

  test(`preloads at most ${PRELOADED_FONT_BUDGET / 1000} kB of fonts, and may use at most ${FONT_BUDGET / 1000} kB`, () => {
    expect(total(load.fonts.filter((font) => font.reason === 'preloaded font'))).toBeLessThanOrEqual(
      PRELOADED_FONT_BUDGET,
    );
    expect(total(load.fonts)).toBeLessThanOrEqual(FONT_BUDGET);
  });
});

describe('react-router in the app code', () => {
  const files = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js'));
  const code = files.map((file) => readFileSync(join(outDir, 'assets', file), 'utf8')).join('\n');

  test('is its production build: no development warnings', () => {
    expect(code).not.toContain('No routes matched location');
    expect(code).not.toContain('💿');
  });

  test('leaves out what a declarative router never uses (framework-mode links, view transitions)', () => {
    expect(code).not.toContain('data-discover');
    expect(code).not.toContain('useViewTransitionState');
  });
});
