import { dynamicImports, staticImports } from '@tests/support/first-load';
import { expect, test } from 'vitest';

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
