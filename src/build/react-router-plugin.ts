import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/*
 * react-router costs the first load ~4 kB gzip less once two things its package does are undone:
 * - Its `exports` always name its development build (remix-run/react-router#12532, #14102). The
 *   production build beside it is the same code with its development warnings switched off.
 * - Its components are written `X.displayName = "X"` at module level: an assignment the bundler
 *   must keep, and with it every component so named — Form, ScrollRestoration, the framework
 *   mode's Link prefetching — whether the app uses it or not; so must it keep the calls that make
 *   them (`React.forwardRef(…)`), not knowing them to be pure. Display names are read only by
 *   React's developer tools: the client build drops them and marks those calls pure, so what the
 *   app does not use is left out.
 */

const DISPLAY_NAME = /^\w+\.displayName = "[^"]*";$/gm;
const REACT_FACTORY = /(?<![\w$.])(React\d*)\.(forwardRef|createContext|memo)\(/g;

function productionEntry(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const entry = join(dirname(require.resolve('react-router/package.json')), 'dist/production/index.mjs');
  if (!existsSync(entry)) throw new Error(`react-router has no production build at ${entry}`);
  return entry;
}

/**
 * For the client build only: the dev server and the tests keep react-router's warnings, and the
 * server bundle keeps the package external (one copy of the router, with its contexts).
 */
export function reactRouterProductionPlugin(): Plugin {
  let entry = '';
  return {
    name: 'broadsheet:react-router-production',
    apply: (_, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    enforce: 'pre',
    configResolved(config) {
      entry = productionEntry(config.root);
    },
    resolveId(source) {
      return source === 'react-router' ? entry : undefined;
    },
    transform(code, id) {
      if (!id.includes('/node_modules/react-router/dist/')) return undefined;
      return { code: code.replace(DISPLAY_NAME, '').replace(REACT_FACTORY, '/* @__PURE__ */ $1.$2('), map: null };
    },
  };
}
