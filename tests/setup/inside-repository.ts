import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Every test reads only what a clone of the repository has: a test that reads a file beside the
 * checkout (as the seed test once read ../shared) passes on one machine and fails on every other.
 * This setup file, loaded by every test project, makes the file-reading functions of node:fs refuse
 * any path outside the repository root or the temporary folder (where tests build and browse).
 * Checking for a program (existsSync of Chromium's path) is not reading, and stays allowed.
 */

// Vitest runs from the repository root (where vite.config.ts is).
const ROOT = fs.realpathSync(process.cwd());
const TMP = fs.realpathSync(tmpdir());
/**
 * What sits beside the checkout (../shared) is never the temporary folder's, even when the
 * checkout is inside it: the folder the checkout is in, or (when that is the temporary folder
 * itself) its neighbour `shared`.
 */
const BESIDE = resolve(ROOT, '..') === TMP ? resolve(TMP, 'shared') : resolve(ROOT, '..');

export class OutsideRepositoryError extends Error {
  override name = 'OutsideRepositoryError';
}

const inside = (path: string, folder: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
};

function check(path: unknown): void {
  // File descriptors were opened through a checked call already.
  if (typeof path === 'number') return;
  const text = path instanceof URL ? fileURLToPath(path) : Buffer.isBuffer(path) ? path.toString() : path;
  if (typeof text !== 'string') return;
  const absolute = resolve(text);
  if (inside(absolute, ROOT)) return;
  if (inside(absolute, TMP) && !inside(absolute, BESIDE)) return;
  throw new OutsideRepositoryError(
    `A test read ${absolute}, outside the repository (${ROOT}). Tests may read only the repository and the temporary folder: keep what a test needs in tests/fixtures.`,
  );
}

type Reader = (path: unknown, ...rest: unknown[]) => unknown;

function guard(module: Record<string, unknown>, names: readonly string[], promises = false): void {
  for (const name of names) {
    const original = module[name] as Reader;
    module[name] = function guarded(this: unknown, path: unknown, ...rest: unknown[]) {
      try {
        check(path);
      } catch (error) {
        // A promise API refuses the way it fails: by rejecting.
        if (promises) return Promise.reject(error);
        throw error;
      }
      return original.call(this, path, ...rest);
    };
  }
}

const READERS = ['readFileSync', 'readdirSync', 'opendirSync', 'openSync', 'createReadStream', 'readFile', 'readdir'];
guard(fs as unknown as Record<string, unknown>, READERS);
guard(fsPromises as unknown as Record<string, unknown>, ['readFile', 'readdir', 'opendir', 'open'], true);
// `import { readFileSync } from 'node:fs'` reads the ES module's bindings: bring them in step.
syncBuiltinESMExports();
