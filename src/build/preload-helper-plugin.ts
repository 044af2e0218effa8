import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic `import()` of a client build in (`__vitePreload`). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/*
 * Vite's own helper (~1 kB gzip, in the boot script, so on every first visit) also handles what
 * this build never has: CSS chunks (one stylesheet, `cssCodeSplit: false`), a relative base, CSP
 * nonces (the policy allows scripts by origin and hash), browsers without modulepreload (the
 * ES2022 build targets those that have it). What remains is what it does for this app: preload a
 * lazy chunk's imports together with it, so a route does not fetch its chunks one after another,
 * and announce a failed import as `vite:preloadError` before rejecting, as Vite's does.
 */
const HELPER = `const seen = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = '/' + dep;
    document.head.append(link);
  }
  return load().catch((error) => {
    const event = new Event('vite:preloadError', { cancelable: true });
    event.payload = error;
    window.dispatchEvent(event);
    if (!event.defaultPrevented) throw error;
  });
};
`;

/** Replaces Vite's preload helper with the part of it this app uses (see above). */
export function preloadHelperPlugin(): Plugin {
  return {
    name: 'broadsheet:preload-helper',
    apply: 'build',
    enforce: 'pre',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(id) {
        return id === PRELOAD_HELPER_ID ? HELPER : null;
      },
    },
  };
}
