import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { outDirFromEnv } from '@tests/support/first-load';
import { precacheEntries } from '@tests/support/pwa';
import { describe, expect, test } from 'vitest';
import {
  buildProblems,
  COMPRESSED_SIBLINGS,
  extensionOf,
  HOST_FILES,
  renderHeadersFile,
  renderNginxConf,
  TEXT_EXTENSIONS,
} from '@/build/host-config';
import { siteFiles } from '@/build/host-plugin';

/* What the build wrote for hosts (`npm run build` first): configs, and the precompressed files. */

const outDir = outDirFromEnv();
const layout = { assetsDir: 'assets' };
const files = siteFiles(outDir);
const text = files.filter((file) => TEXT_EXTENSIONS.includes(extensionOf(file)));
const read = (file: string) => readFileSync(join(outDir, file));

describe('the host configs', () => {
  test('are what the table in host-config.ts says for this build, not copies kept by hand', () => {
    expect(read(HOST_FILES.nginx).toString()).toBe(renderNginxConf(layout));
    const entries = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      directory: entry.isDirectory(),
    }));
    expect(read(HOST_FILES.headers).toString()).toBe(renderHeadersFile(entries, layout));
  });

  test('cover every file of the build: each has a media type, and each immutable one a hash', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(buildProblems(files, layout)).toEqual([]);
  });
});

describe('the precompressed files', () => {
  test.each(COMPRESSED_SIBLINGS.map((sibling) => [sibling.suffix, sibling] as const))(
    'every text file over 1 kB has a %s sibling with the same content and modification time',
    (suffix) => {
      const decode = suffix === '.br' ? brotliDecompressSync : gunzipSync;
      const large = text.filter((file) => read(file).length > 1000);
      expect(large.length).toBeGreaterThan(20);
      for (const file of large) {
        expect(existsSync(join(outDir, `${file}${suffix}`)), file).toBe(true);
        expect(decode(read(`${file}${suffix}`)).equals(read(file)), file).toBe(true);
        const seconds = (name: string) => Math.floor(statSync(join(outDir, name)).mtimeMs / 1000);
        expect(seconds(`${file}${suffix}`), file).toBe(seconds(file));
      }
    },
  );

  test('are never in the service worker’s precache, nor are the host configs', () => {
    const precached = precacheEntries(outDir).map((entry) => entry.url);
    expect(precached).toEqual(expect.arrayContaining(['index.html', '404.html']));
    expect(precached.filter((url) => /\.(br|gz)$/.test(url))).toEqual([]);
    expect(precached.filter((url) => Object.values<string>(HOST_FILES).includes(url))).toEqual([]);
  });
});
