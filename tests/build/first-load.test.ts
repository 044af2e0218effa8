import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dynamicImports, measureFirstLoad, staticImports } from '@tests/support/first-load';
import { afterAll, describe, expect, test } from 'vitest';

test('counts static imports and re-exports of a minified chunk, but not dynamic imports', () => {
  const code =
    'import{S as e,n as t}from"./index-abc.js";import"./side-effect.js";export*from"./again.js";' +
    'const l=()=>import("./lazy-route.js");import{x}from"./index-abc.js";';
  expect(staticImports(code)).toEqual(['./index-abc.js', './side-effect.js', './again.js']);
});

test('counts an import at the very start of a chunk', () => {
  expect(staticImports('import{a}from"./first.js";')).toEqual(['./first.js']);
});

test('finds the chunks a boot script starts on demand, also through Vite’s preload helper', () => {
  const code =
    'requestAnimationFrame(()=>setTimeout(()=>{t(()=>import("./entry-client-abc.js"),[])},0));import("./b.js")';
  expect(dynamicImports(code)).toEqual(['./entry-client-abc.js', './b.js']);
});

test('finds an on-demand import written as a template literal, as Rolldown writes it', () => {
  expect(dynamicImports('f(()=>import(`./entry-client-abc.js`).then(e=>e.t))')).toEqual(['./entry-client-abc.js']);
});

describe('the fonts of a first load', () => {
  /** A built page in a temporary folder: its HTML head, its stylesheet and the files they name. */
  function site(head: string, css: string, files: Record<string, number>): string {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-fonts-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      `<html><head>${head}<link rel="stylesheet" href="/assets/s.css"></head></html>`,
    );
    writeFileSync(join(dir, 'assets/s.css'), css);
    for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dir, file), Buffer.alloc(bytes, 7));
    return dir;
  }
  const face = (file: string, display = 'font-display:swap;') =>
    `@font-face{font-family:X;${display}src:url(/assets/${file})format("woff2")}`;
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('counts the preloaded font and the fonts the stylesheet names, each at its full size', () => {
    const dir = site(
      '<link rel="preload" as="font" type="font/woff2" href="/assets/up.woff2" crossorigin>',
      [face('up.woff2'), face('it.woff2'), '@font-face{font-family:Y;src:local(Georgia);size-adjust:107%}'].join(''),
      { 'assets/up.woff2': 5000, 'assets/it.woff2': 3000 },
    );
    dirs.push(dir);
    const load = measureFirstLoad(dir, 'index.html');
    expect(load.fonts.map((f) => [f.file, f.reason, f.gzip])).toEqual([
      ['assets/up.woff2', 'preloaded font', 5000],
      ['assets/it.woff2', 'font, when text uses it', 3000],
    ]);
    expect(load.fontChecks).toMatchObject({ preloadedUnused: [], fontFacesWithoutDisplay: [] });
  });

  test('catches a web font that would hide text, and a preload no stylesheet uses', () => {
    const dir = site(
      '<link rel="preload" as="font" type="font/woff2" href="/assets/stray.woff2" crossorigin>',
      face('up.woff2', ''),
      { 'assets/up.woff2': 10, 'assets/stray.woff2': 10 },
    );
    dirs.push(dir);
    const { fontChecks } = measureFirstLoad(dir, 'index.html');
    expect(fontChecks.fontFacesWithoutDisplay).toHaveLength(1);
    expect(fontChecks.preloadedUnused).toEqual(['assets/stray.woff2']);
  });

  test('fails on a preload of a font that is not in the build', () => {
    const dir = site('<link rel="preload" as="font" href="/assets/gone.woff2" crossorigin>', '', {});
    dirs.push(dir);
    expect(() => measureFirstLoad(dir, 'index.html')).toThrow(/gone\.woff2 \(font preload\)/);
  });
});
