import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBrowser } from '@tests/support/browser';
import type { BrowserContext, Page } from 'playwright-core';
import { SEARCH_BASE, SEARCH_DIR, SEARCH_MANIFEST, type SearchManifest } from '@/features/search/search-files';
import { isAllCommon, leaveOutCommonWords, prepareQuery } from '@/features/search/search-query';
import { writeSearchCorpus } from './search-corpus';
import { listFiles, median, run, serve, table } from './support';

/*
 * `npm run bench`, section "search": for 6 (the real stories), 1,000 and 10,000 stories (the real
 * six among synthetic ones, see search-corpus.ts), builds the site and measures
 *   - the index on disk (files, bytes) and the build time it adds (the plugin's own timing),
 *   - the bytes a reader downloads, cold, for a first search (on a story page: "/", the query
 *     typed, Enter, until the results are painted) and for the next search typed on the search
 *     page (results as the reader types): every response, headers included, as Chromium counts
 *     them on the wire,
 *   - the time from the last keystroke to the results painted, typing on the search page, with
 *     the CPU slowed down 4× (Chromium's throttling), each run in a fresh browser: when the reader
 *     pauses (the search follows the pause) and when they press Enter (it starts at once).
 * No service worker: it would precache the site and keep search for offline use, which a first
 * search does not wait for. It prints every run and never fails on figures.
 */

/** Queries a reader might type: words one real story has, a stem, common words with a rare one. */
export const SEARCH_QUERIES = ['starlink', 'zelensky', 'mobilization', 'border vaalimaa', 'the war in ukraine'];

/** Milliseconds between keystrokes (about 80 words a minute). */
const TYPING_DELAY_MS = 120;
const CPU_SLOWDOWN = 4;
const STORY = '/story/russia-begins-mobilization-men-flee';

export type SearchBytes = { query: string; bytes: number; requests: number; results: string };

export type SearchFigures = {
  stories: number;
  buildSeconds: number;
  indexSeconds: number;
  indexFiles: number;
  indexBytes: number;
  /** Per query: the first search (from a story page, Enter). */
  firstSearch: SearchBytes[];
  /** Per query: typed next, on the search page. */
  typedSearch: SearchBytes[];
  latency: { query: string; pause: number[]; enter: number[] }[];
};

/** Runs the client build with its whole log in a file (the index's line is among thousands). */
function clientBuild(env: Record<string, string>, log: string): Promise<number> {
  const start = performance.now();
  const output = openSync(log, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'info'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', output, 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(output);
      if (code === 0) resolve((performance.now() - start) / 1000);
      else reject(new Error(`The build failed: see ${log}`));
    });
  });
}

/** Builds the site (server bundle, then the client with the prerender and the index), timed. */
async function buildSite(contentDir: string | undefined, outDir: string) {
  const env: Record<string, string> = { BROADSHEET_OUT_DIR: outDir };
  if (contentDir) env.BROADSHEET_CONTENT_DIR = contentDir;
  const log = join(outDir, '..', 'client-build.log');
  const vite = 'node_modules/vite/bin/vite.js';
  const server = await run('node', [vite, 'build', '--ssr', 'src/app/entry-server.tsx', '--logLevel', 'warn'], env);
  const client = await clientBuild(env, log);
  const line = /search index: (\d+) files, [\d.]+ MB in pagefind\/ \((\d+) ms\)/.exec(readFileSync(log, 'utf8'));
  if (!line) throw new Error(`The build did not report its search index (see ${log})`);
  return { buildSeconds: server + client, indexSeconds: Number(line[2]) / 1000 };
}

/** The query as the page prepares it, and the index's common words (from the site's manifest). */
async function preparedWithCommonWords(baseUrl: string, query: string) {
  const prepared = prepareQuery(query);
  if (prepared.kind !== 'search') return undefined;
  const manifest = (await (await fetch(`${baseUrl}${SEARCH_BASE}${SEARCH_MANIFEST}`)).json()) as SearchManifest;
  return { term: prepared.term, common: new Set(manifest.commonWords) };
}

/** The term the status line will quote for a typed query: as the page prepares it, less common words. */
async function searchedTerm(baseUrl: string, query: string): Promise<string> {
  const prepared = await preparedWithCommonWords(baseUrl, query);
  if (!prepared) throw new Error(`“${query}” searches nothing`);
  return leaveOutCommonWords(prepared.term, prepared.common).term;
}

/**
 * True when every word of the query is one of the index's common words: typed, such a query waits
 * for Enter (search-results.tsx), so the benchmark presses it, and a pause alone searches nothing.
 */
async function allCommon(baseUrl: string, query: string): Promise<boolean> {
  const prepared = await preparedWithCommonWords(baseUrl, query);
  return prepared !== undefined && isAllCommon(prepared.term, prepared.common);
}

/** Counts the bytes on the wire (headers included) of every response that finishes after a reset. */
async function countBytes(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  let received = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => received.set(event.requestId, event.encodedDataLength));
  return {
    reset() {
      received = new Map();
    },
    total() {
      if (process.env.BENCH_VERBOSE) {
        console.log([...received].map(([id, size]) => `${new URL(urls.get(id) ?? '').pathname} ${size}`));
      }
      return { bytes: [...received.values()].reduce((sum, n) => sum + n, 0), requests: received.size };
    },
  };
}

/**
 * One reader, cold: on a story page, "/" then `query` typed then Enter (the first search: the
 * search code, the engine, the index's metadata, its slices, the records shown); then, on the
 * search page, `next` typed as a new search.
 */
export async function searchBytes(baseUrl: string, query: string, next: string) {
  const browser = await openBrowser({ serviceWorkers: 'block' });
  try {
    const { page, context } = browser;
    const counter = await countBytes(context, page);
    await page.goto(`${baseUrl}${STORY}`, { waitUntil: 'networkidle' });
    const outcome = async (typed: string) => {
      const term = await searchedTerm(baseUrl, typed);
      const line = page
        .locator('main')
        .getByRole('status')
        .filter({ hasText: `“${term}”` })
        .filter({ hasText: /match/ });
      await line.waitFor();
      await page.waitForLoadState('networkidle');
      return { query: typed, ...counter.total(), results: (await line.textContent()) ?? '' };
    };

    counter.reset();
    await page.keyboard.press('/');
    await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
    await page.keyboard.press('Enter');
    const first = await outcome(query);

    await page.getByRole('searchbox', { name: 'Search every story' }).fill('');
    await page.waitForLoadState('networkidle');
    counter.reset();
    await page.keyboard.type(next, { delay: TYPING_DELAY_MS });
    if (await allCommon(baseUrl, next)) await page.keyboard.press('Enter');
    const typed = await outcome(next);
    return { first, typed };
  } finally {
    await browser.close();
  }
}

/**
 * Runs in the page (as source text): resolves with the milliseconds from the last keydown to the
 * first frame after the status line names `term` with its count.
 */
const ARM_TIMER = `(term) => {
  window.__benchSearch = new Promise((resolve) => {
    let lastKey = Number.NaN;
    document.addEventListener('keydown', (event) => { lastKey = event.timeStamp; }, { capture: true });
    const observer = new MutationObserver(() => {
      const status = document.querySelector('main [role="status"]')?.textContent ?? '';
      if (!/match/.test(status) || !status.includes('“' + term + '”')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - lastKey), 0));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}`;

/**
 * Opens the search page (which starts the engine), slows the CPU down, types `query`, then pauses
 * (`pause`: the search follows the pause) or presses Enter (`enter`: it starts at once).
 */
export async function lastKeystrokeToResults(baseUrl: string, query: string, finish: 'pause' | 'enter') {
  // A pause searches nothing for such a query: the page asks for Enter (NaN: printed as such).
  if (finish === 'pause' && (await allCommon(baseUrl, query))) return Number.NaN;
  const browser = await openBrowser({ serviceWorkers: 'block' });
  try {
    const { page, context } = browser;
    await page.goto(`${baseUrl}/search`, { waitUntil: 'networkidle' });
    await page.getByRole('searchbox', { name: 'Search every story' }).focus();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluate(`(${ARM_TIMER})(${JSON.stringify(await searchedTerm(baseUrl, query))})`);
    await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
    if (finish === 'enter') await page.keyboard.press('Enter');
    return Number(await page.evaluate('window.__benchSearch'));
  } finally {
    await browser.close();
  }
}

export async function measureSearch(count: number, port: number, runs: number): Promise<SearchFigures> {
  const work = mkdtempSync(join(tmpdir(), `broadsheet-search-${count}-`));
  try {
    const outDir = join(work, 'dist');
    let contentDir: string | undefined;
    if (count !== 6) {
      contentDir = join(work, 'stories');
      writeSearchCorpus(contentDir, count);
    }
    const built = await buildSite(contentDir, outDir);
    const index = listFiles(join(outDir, SEARCH_DIR));
    const app = await serve(outDir, port);
    try {
      const firstSearch: SearchBytes[] = [];
      const typedSearch: SearchBytes[] = [];
      for (const [i, query] of SEARCH_QUERIES.entries()) {
        const { first, typed } = await searchBytes(app.url, query, SEARCH_QUERIES.at(i - 1) ?? query);
        firstSearch.push(first);
        typedSearch.push(typed);
      }
      const latency = SEARCH_QUERIES.map((query) => ({ query, pause: [] as number[], enter: [] as number[] }));
      // Queries take turns, so that a busy moment on the machine does not land on one query only.
      for (let i = 0; i < runs; i++) {
        for (const entry of latency) {
          entry.pause.push(await lastKeystrokeToResults(app.url, entry.query, 'pause'));
          entry.enter.push(await lastKeystrokeToResults(app.url, entry.query, 'enter'));
        }
      }
      return {
        stories: count,
        ...built,
        indexFiles: index.length,
        indexBytes: index.reduce((sum, file) => sum + file.bytes, 0),
        firstSearch,
        typedSearch,
        latency,
      };
    } finally {
      await app.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (values: readonly number[]) =>
  values.every(Number.isNaN) ? 'waits for Enter' : values.map((value) => value.toFixed(0)).join(', ');

function printBytes(figures: readonly SearchFigures[], title: string, pick: (f: SearchFigures) => SearchBytes[]) {
  console.log(`\n${title}: kB on the wire (requests)\n`);
  const rows = SEARCH_QUERIES.map((query) => [
    query,
    ...figures.map((f) => {
      const measured = pick(f).find((s) => s.query === query);
      return measured ? `${kB(measured.bytes)} (${measured.requests})` : '';
    }),
  ]);
  console.log(table([['query', ...figures.map((f) => `${f.stories} stories`)], ...rows]));
  for (const f of figures)
    console.log(
      `  ${f.stories} stories: ${pick(f)
        .map((s) => s.results)
        .join(' ')}`,
    );
}

export function printSearch(figures: readonly SearchFigures[], runs: number): void {
  console.log('\nSearch: the index\n');
  console.log(
    table([
      ['stories', 'build', 'of which index', 'index files', 'index MB'],
      ...figures.map((f) => [
        f.stories,
        `${f.buildSeconds.toFixed(1)} s`,
        `${f.indexSeconds.toFixed(1)} s`,
        f.indexFiles,
        (f.indexBytes / 1e6).toFixed(2),
      ]),
    ]),
  );
  printBytes(
    figures,
    `First search, cold: on a story page, "/", typed (${TYPING_DELAY_MS} ms a key), Enter`,
    (f) => f.firstSearch,
  );
  printBytes(figures, 'Next search, typed on the search page (results as the reader types)', (f) => f.typedSearch);
  console.log(
    `\nLast keystroke → results painted, on the search page, CPU ${CPU_SLOWDOWN}× slower, ${runs} run(s) (ms)\n`,
  );
  console.log(
    table([
      ['stories', 'query', 'pause: runs', 'median', 'Enter: runs', 'median'],
      ...figures.flatMap((f) =>
        f.latency.map((l) => [
          f.stories,
          l.query,
          ms(l.pause),
          l.pause.every(Number.isNaN) ? '–' : median(l.pause).toFixed(0),
          ms(l.enter),
          median(l.enter).toFixed(0),
        ]),
      ),
    ]),
  );
  for (const f of figures) {
    const all = (key: 'pause' | 'enter') =>
      median(f.latency.flatMap((l) => l[key]).filter((value) => !Number.isNaN(value))).toFixed(0);
    console.log(
      `  ${f.stories} stories, all queries: median ${all('pause')} ms after a pause, ${all('enter')} ms after Enter`,
    );
  }
}

/** The benchmark's search section: each story count in turn. */
export async function searchBenchmark({ counts, port, runs }: { counts: number[]; port: number; runs: number }) {
  const figures: SearchFigures[] = [];
  for (const count of counts) {
    process.stdout.write(`Search: building ${count} stories…\n`);
    figures.push(await measureSearch(count, port, runs));
    // Every count so far, as soon as it is measured: a long run that fails later loses nothing.
    printSearch(figures, runs);
  }
}
