import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { build, type Served, serve } from './site-build';
import { writeSyntheticStories } from './synthetic';

/*
 * Sites built for one test file, in the temporary folder: the synthetic archive of the scale
 * benchmark, or a copy of the repository with a change (a later deploy). Served with `vite
 * preview` on a port of their own (E2E_PORT + n), so the origin, and its service worker, stay put
 * when a test switches the server from one build to the next.
 */

export type BuiltSite = { outDir: string; remove: () => void };

/** The site built from `count` synthetic stories (tests/bench/scale.ts). About 5–10 s for 1,000. */
export async function buildSyntheticSite(count: number): Promise<BuiltSite> {
  const work = mkdtempSync(join(tmpdir(), `broadsheet-e2e-${count}-`));
  const outDir = join(work, 'dist');
  writeSyntheticStories(join(work, 'stories'), count);
  await build({ BROADSHEET_CONTENT_DIR: join(work, 'stories'), BROADSHEET_OUT_DIR: outDir });
  return { outDir, remove: () => rmSync(work, { recursive: true, force: true }) };
}

const TREE = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];

/** The site built from a copy of the repository after `change(root)`: the same stories, other code. */
export async function buildChangedCopy(change: (root: string) => void): Promise<BuiltSite> {
  const work = mkdtempSync(join(tmpdir(), 'broadsheet-e2e-deploy-'));
  const root = join(work, 'repo');
  for (const entry of TREE) cpSync(resolve(entry), join(root, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  change(root);
  const outDir = join(work, 'dist');
  await build({ BROADSHEET_OUT_DIR: outDir }, root);
  return { outDir, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** Replaces `from` with `to` in a file of a copied tree; fails if `from` is not there. */
export function replaceInFile(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

/** A port for a test file's own server: E2E_PORT (the shared server's) + n. */
export const sitePort = (n: number) => Number(process.env.E2E_PORT ?? 4319) + n;

export { serve as serveSite };

/**
 * The site of `count` synthetic stories for the tests of a file: built and served (on
 * E2E_PORT + `portOffset`) before them, stopped and deleted after.
 */
export function setUpSyntheticSite(
  count: number,
  portOffset: number,
): { readonly url: string; readonly outDir: string } {
  let site: BuiltSite | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    site = await buildSyntheticSite(count);
    server = await serve(site.outDir, sitePort(portOffset));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    site?.remove();
  });
  const ready = () => {
    if (!site || !server) throw new Error('The synthetic site is built before the tests that use it');
    return { site, server };
  };
  return {
    get url() {
      return ready().server.url;
    },
    get outDir() {
      return ready().site.outDir;
    },
  };
}
