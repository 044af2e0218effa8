import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSED_SIBLINGS } from './host-config.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Brotli's best quality takes about 50 times as long as quality 5 for some 10% fewer bytes: worth
 * it for the few fingerprinted files (the framework chunk above all), compressed once and cached
 * for a year, but not for the pages and data files, whose number grows with the stories (it made
 * a 1,000-story build take two minutes instead of seconds).
 */
export const BROTLI_QUALITY = { best: constants.BROTLI_MAX_QUALITY, fast: 5 } as const;

type Options = { brotliQuality: number };

const ENCODERS: Record<
  (typeof COMPRESSED_SIBLINGS)[number]['encoding'],
  (data: Buffer, options: Options) => Promise<Buffer>
> = {
  br: (data, options) =>
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: options.brotliQuality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data) => gzipped(data, { level: constants.Z_BEST_COMPRESSION }),
};

/**
 * Writes the `.br` and `.gz` siblings of one text file, each only if it is smaller than the file
 * (a tiny file would grow), and removes a sibling left from an earlier version. A sibling gets the
 * file's modification time, so every encoding of it has the same Last-Modified.
 * Resolves with the siblings written.
 */
export async function writeCompressedSiblings(
  file: string,
  options: Options = { brotliQuality: BROTLI_QUALITY.best },
): Promise<string[]> {
  const [data, { atime, mtime }] = await Promise.all([readFile(file), stat(file)]);
  const written: string[] = [];
  for (const { suffix, encoding } of COMPRESSED_SIBLINGS) {
    const sibling = `${file}${suffix}`;
    const compressed = await ENCODERS[encoding](data, options);
    if (compressed.length < data.length) {
      await writeFile(sibling, compressed);
      await utimes(sibling, atime, mtime);
      written.push(sibling);
    } else {
      await rm(sibling, { force: true });
    }
  }
  return written;
}

/** Compresses many files, a few at a time (zlib works on libuv's thread pool). */
export async function compressFiles(
  files: readonly string[],
  brotliQuality: (file: string) => number,
  concurrency = 4,
): Promise<number> {
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      const siblings = await writeCompressedSiblings(file, { brotliQuality: brotliQuality(file) });
      written += siblings.length;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return written;
}
