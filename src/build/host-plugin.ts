import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { BROTLI_QUALITY, compressFiles } from './compress.ts';
import {
  buildProblems,
  cacheControlFor,
  extensionOf,
  HOST_FILES,
  IMMUTABLE,
  isCompressedSibling,
  type Layout,
  renderHeadersFile,
  renderNginxConf,
  TEXT_EXTENSIONS,
} from './host-config.ts';

/** Every file of a build folder, as `/`-separated paths relative to it. */
export function siteFiles(dir: string): string[] {
  const hostFiles: readonly string[] = Object.values(HOST_FILES);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !hostFiles.includes(file) && !isCompressedSibling(file))
    .sort();
}

/**
 * The last step of the client build, once every file is written (the service worker and icons
 * included): checks each file against the hosting rules (host-config.ts), writes the `.br` and
 * `.gz` siblings of the text files, and writes `nginx.conf` and `_headers` for the host.
 */
export function hostPlugin(): Plugin {
  let outDir = '';
  let layout: Layout = { assetsDir: 'assets' };
  // closeBundle runs after a failed build too (and Rolldown does not pass it the error): a build
  // that failed (a malformed story) gets no host configs, so nothing looks ready to deploy.
  let failed = false;
  return {
    name: 'broadsheet:host',
    apply: 'build',
    buildEnd(error) {
      failed = !!error;
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      layout = { assetsDir: config.build.assetsDir };
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        if (error || failed || this.environment.config.build.ssr) return;
        const files = siteFiles(outDir);
        const problems = buildProblems(files, layout);
        if (problems.length > 0) this.error(`The build cannot be served as configured:\n  ${problems.join('\n  ')}`);
        const text = files.filter((file) => TEXT_EXTENSIONS.includes(extensionOf(file)));
        const immutable = new Set(text.filter((file) => cacheControlFor(`/${file}`, layout) === IMMUTABLE));
        const siblings = await compressFiles(
          text.map((file) => join(outDir, file)),
          (path) =>
            immutable.has(relative(outDir, path).split(sep).join('/')) ? BROTLI_QUALITY.best : BROTLI_QUALITY.fast,
        );
        writeFileSync(join(outDir, HOST_FILES.nginx), renderNginxConf(layout));
        const entries = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          directory: entry.isDirectory(),
        }));
        writeFileSync(join(outDir, HOST_FILES.headers), renderHeadersFile(entries, layout));
        this.info(
          `${siblings} precompressed files for ${text.length} text files; ${HOST_FILES.nginx} and ${HOST_FILES.headers} written`,
        );
      },
    },
  };
}
