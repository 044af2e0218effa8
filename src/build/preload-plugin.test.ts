// @vitest-environment node
import type { OutputBundle } from 'rolldown';
import { expect, it } from 'vitest';
import { preloadDependencies } from './preload-plugin.ts';

const chunk = (fileName: string, imports: string[] = []) => ({ type: 'chunk', fileName, imports });

it('leaves out of a lazy import’s preload list the chunks its importer has loaded already', () => {
  const { plugin, resolveDependencies } = preloadDependencies();
  const bundle = Object.fromEntries(
    [
      chunk('boot.js'),
      chunk('entry.js', ['framework.js', 'boot.js']),
      chunk('framework.js', ['runtime.js']),
      chunk('runtime.js'),
      chunk('island.js', ['framework.js', 'shared.js']),
      chunk('shared.js'),
    ].map((c) => [c.fileName, c]),
  ) as unknown as OutputBundle;
  const generate = plugin.generateBundle as { handler: (options: unknown, bundle: OutputBundle) => void };
  generate.handler({}, bundle);

  // The page's script starting the app: nothing is loaded yet but the script itself.
  expect(
    resolveDependencies('entry.js', ['entry.js', 'framework.js', 'runtime.js'], { hostId: 'boot.js', hostType: 'js' }),
  ).toEqual(['entry.js', 'framework.js', 'runtime.js']);
  // The app loading an island: the framework (and what it imports) came with the app.
  expect(
    resolveDependencies('island.js', ['island.js', 'framework.js', 'runtime.js', 'shared.js', 'boot.js'], {
      hostId: 'entry.js',
      hostType: 'js',
    }),
  ).toEqual(['island.js', 'shared.js']);
  // Chunks named by the HTML are left as they are.
  expect(resolveDependencies('entry.js', ['framework.js'], { hostId: 'index.html', hostType: 'html' })).toEqual([
    'framework.js',
  ]);
});
