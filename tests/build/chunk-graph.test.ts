import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { outDirFromEnv, staticImports } from '@tests/support/first-load';
import { describe, expect, it } from 'vitest';

/*
 * The chunks' static imports, read from the build. Two chunks that import each other evaluate in
 * an order neither chose: one runs before the other has defined what it uses, and every page
 * fails with "x is not a function" while the HTML still looks fine. A grouping in vite.config.ts
 * (codeSplitting) can make such a pair without any code change.
 */

const assets = join(outDirFromEnv(), 'assets');
if (!existsSync(assets)) throw new Error(`No build in ${assets}: run "npm run build" first.`);

const chunks = readdirSync(assets).filter((name) => name.endsWith('.js'));
const imports = new Map(
  chunks.map((name) => [name, staticImports(readFileSync(join(assets, name), 'utf8')).map((path) => basename(path))]),
);

/** A chain of chunks that leads from `start` back to it, if there is one. */
function cycleFrom(start: string): string[] | undefined {
  const walk = (name: string, path: string[]): string[] | undefined => {
    for (const next of imports.get(name) ?? []) {
      if (next === start) return [...path, next];
      if (path.includes(next)) continue;
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

describe('the built chunks', () => {
  it('import only chunks that exist in the build', () => {
    const missing = [...imports].flatMap(([name, targets]) =>
      targets.filter((target) => !chunks.includes(target)).map((target) => `${name} → ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it('never import one another in a cycle', () => {
    const cycles = chunks.map(cycleFrom).filter((cycle) => cycle !== undefined);
    expect(cycles.map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
