// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { compressFiles, writeCompressedSiblings } from './compress.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-compress-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('writes .br and .gz siblings that decompress to the file, with its modification time', async () => {
  const file = join(dir, 'page.html');
  const html = `<!doctype html><p>${'A story about the news. '.repeat(200)}</p>`;
  writeFileSync(file, html);
  expect(await writeCompressedSiblings(file)).toEqual([`${file}.br`, `${file}.gz`]);
  expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(html);
  expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(html);
  expect(readFileSync(`${file}.br`).length).toBeLessThan(html.length / 10);
  // Last-Modified has whole seconds.
  const seconds = (path: string) => Math.floor(statSync(path).mtimeMs / 1000);
  expect(seconds(`${file}.gz`)).toBe(seconds(file));
  expect(seconds(`${file}.br`)).toBe(seconds(file));
});

it('writes no sibling that would be larger than the file, and removes one left from before', async () => {
  const file = join(dir, 'robots.txt');
  writeFileSync(`${file}.gz`, 'stale');
  writeFileSync(file, 'User-agent: *\n');
  expect(await writeCompressedSiblings(file)).toEqual([]);
  expect(existsSync(`${file}.gz`)).toBe(false);
  expect(existsSync(`${file}.br`)).toBe(false);
});

it('compresses many files and counts the siblings it wrote', async () => {
  const files = Array.from({ length: 9 }, (_, i) => join(dir, `data-${i}.json`));
  for (const file of files) writeFileSync(file, JSON.stringify({ text: 'x'.repeat(2000) }));
  expect(await compressFiles(files, () => 5, 3)).toBe(18);
});
