import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { outDir } from '@/build/folders';
import { ROUTE_CHUNKS_META } from '@/lib/route-chunks';

/*
 * What a page costs on its first load, read from the build output alone: the budget test and the
 * benchmark both call this, so the figure they print is the same figure. The JavaScript counted is
 * what a first visit downloads with no interaction: the page's module script (src/app/boot.ts),
 * what it starts on its own (the app's entry, the service worker registration), the chunks the
 * page names for it to preload, and everything those import. tests/e2e/first-visit.test.ts checks
 * that Chromium downloads exactly these files.
 */

export type FileSize = {
  /** Path under the build folder, e.g. `assets/index-abc.js`. */
  file: string;
  raw: number;
  /** zlib level 9, as a host that compresses ahead of time would serve it. */
  gzip: number;
  /** Why the file is counted: the page's module script, a static import, a route chunk, … */
  reason: string;
};

export type FirstLoad = {
  page: string;
  html: FileSize;
  /** JavaScript a first visit downloads with no interaction. */
  js: FileSize[];
  css: FileSize[];
  /** Chunks loaded only on demand (other routes on intent, islands on their trigger). */
  lazy: FileSize[];
  /**
   * Font files: those the page preloads (fetched on every first load) and those its stylesheet
   * names, which the browser fetches when some text on screen is set in them (sent as they are:
   * woff2 is compressed already, so `gzip` is the raw size).
   */
  fonts: FileSize[];
  fontChecks: {
    /** Every font file in the build. */
    files: string[];
    preloaded: string[];
    /** Preloaded files that no @font-face of the page's stylesheet names (a wasted download). */
    preloadedUnused: string[];
    /** @font-face rules with a url() source and no `font-display: swap | optional` (invisible text). */
    fontFacesWithoutDisplay: string[];
  };
};

export function sizeOf(outDir: string, file: string, reason: string): FileSize {
  const bytes = readFileSync(join(outDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, reason };
}

export const total = (files: readonly FileSize[], key: 'raw' | 'gzip' = 'gzip') =>
  files.reduce((sum, file) => sum + file[key], 0);

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1];
    if (name) attrs.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/** The `<script>` and `<link>` start tags of a page, with their attributes. */
function tags(html: string, name: 'script' | 'link' | 'meta'): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((match) => attributes(match[1] ?? ''));
}

/** A URL in the page (`/assets/x.js`) or in a chunk (`./x.js`), as a path under the build folder. */
function toFile(url: string, from: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(from), path);
}

/**
 * The modules a built chunk imports statically (`import{a}from"./x.js"`, `import"./y.js"`,
 * `export*from"./z.js"`). Dynamic `import("./w.js")` has a parenthesis and is not matched.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[\s;})])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/** The modules a built chunk imports on demand: `import("./x.js")`, also inside Vite's preload helper. */
export function dynamicImports(code: string): string[] {
  // Quoted or a template literal without substitutions: Rolldown writes `import(\`./x.js\`)`.
  return [
    ...new Set([...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*\)/g)].map((match) => match[1] ?? '')),
  ];
}

function filesUnder(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))],
  );
}

/** Reads a built page and everything it loads up front. Throws if the page points at a missing file. */
export function measureFirstLoad(outDir: string, page: string): FirstLoad {
  const html = readFileSync(join(outDir, page), 'utf8');
  const need = (file: string, why: string) => {
    if (!existsSync(join(outDir, file))) throw new Error(`${page} needs ${file} (${why}), which is not in ${outDir}`);
    return file;
  };

  const js = new Map<string, string>();
  const visit = (file: string, reason: string) => {
    if (js.has(file)) return;
    js.set(file, reason);
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const spec of staticImports(code)) {
      visit(need(toFile(spec, file), `imported by ${file}`), `static import of ${posix.basename(file)}`);
    }
  };
  const links = tags(html, 'link');
  for (const script of tags(html, 'script')) {
    const src = script.get('src');
    if (!src) continue;
    const file = need(toFile(src, page), 'script');
    visit(file, script.get('type') === 'module' ? 'module script' : 'classic script');
    // The page's own script is a boot loader that starts the app after the first paint and the
    // service worker's registration after `load`: what it imports on demand loads on every visit.
    for (const spec of dynamicImports(readFileSync(join(outDir, file), 'utf8'))) {
      visit(need(toFile(spec, file), `started by ${file}`), `started by ${posix.basename(file)}`);
    }
  }
  const routeChunks = tags(html, 'meta').find((meta) => meta.get('name') === ROUTE_CHUNKS_META);
  for (const href of (routeChunks?.get('content') ?? '').split(' ').filter(Boolean)) {
    visit(need(toFile(href, page), 'named by the page'), 'named by the page');
  }
  for (const link of links.filter((l) => l.get('rel') === 'modulepreload')) {
    const href = link.get('href') ?? '';
    visit(need(toFile(href, page), 'modulepreload'), 'modulepreload');
  }

  const css = links
    .filter((link) => link.get('rel') === 'stylesheet')
    .map((link) => sizeOf(outDir, need(toFile(link.get('href') ?? '', page), 'stylesheet'), 'stylesheet'));

  const allFiles = filesUnder(outDir).map((file) => file.split('\\').join('/'));
  const lazy = allFiles
    .filter((file) => /\.m?js$/.test(file) && file.startsWith('assets/') && !js.has(file))
    .map((file) => sizeOf(outDir, file, 'loaded on demand'));

  const fontFiles = allFiles.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file));
  const preloaded = links
    .filter((link) => link.get('rel') === 'preload' && link.get('as') === 'font')
    .map((link) => need(toFile(link.get('href') ?? '', page), 'font preload'));
  const faces = css.flatMap(({ file }) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(/@font-face\s*{[^}]*}/g)].map((match) => ({
      file,
      rule: match[0],
      urls: [...match[0].matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((url) => toFile(url[1] ?? '', file)),
    })),
  );
  const named = new Set(faces.flatMap((face) => face.urls));
  const fontFacesWithoutDisplay = faces
    .filter((face) => face.urls.length > 0 && !/font-display\s*:\s*(swap|optional)/.test(face.rule))
    .map((face) => `${face.file}: ${face.rule.slice(0, 80)}`);
  const fontSize = (file: string, reason: string): FileSize => {
    const { raw } = sizeOf(outDir, need(file, reason), reason);
    return { file, raw, gzip: raw, reason };
  };
  const fonts = [
    ...preloaded.map((file) => fontSize(file, 'preloaded font')),
    ...[...named].filter((file) => !preloaded.includes(file)).map((file) => fontSize(file, 'font, when text uses it')),
  ];

  return {
    page,
    html: sizeOf(outDir, page, 'document'),
    js: [...js].map(([file, reason]) => sizeOf(outDir, file, reason)),
    css,
    lazy,
    fonts,
    fontChecks: {
      files: fontFiles,
      preloaded,
      preloadedUnused: preloaded.filter((file) => !named.has(file)),
      fontFacesWithoutDisplay,
    },
  };
}

const kB = (bytes: number) => (bytes / 1000).toFixed(2);

/** A plain-text table of a first load, for test logs and the benchmark. */
export function formatFirstLoad(load: FirstLoad): string {
  const rows: string[][] = [['file', 'counted as', 'raw kB', 'gzip kB']];
  const section = (title: string, files: readonly FileSize[]) => {
    for (const f of files) rows.push([f.file, f.reason, kB(f.raw), kB(f.gzip)]);
    rows.push([`= ${title}`, '', kB(total(files, 'raw')), kB(total(files))]);
  };
  rows.push([load.html.file, load.html.reason, kB(load.html.raw), kB(load.html.gzip)]);
  section('first-load JS', load.js);
  section('first-load CSS', load.css);
  section('fonts (woff2, sent as is)', load.fonts);
  section('on demand (not in the budget)', load.lazy);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ');
  return [`First load of ${load.page}`, ...rows.map(line)].join('\n');
}

/** The file a static host serves for a page's path (`/` → index.html, `/story/x` → story/x.html). */
export const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

/** The build folder the tests read: `dist`, or BROADSHEET_OUT_DIR. */
export function outDirFromEnv(root = process.cwd()): string {
  return resolve(root, outDir());
}
