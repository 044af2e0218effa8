// Types only (@types/trusted-types): the Trusted Types API, which TypeScript's DOM library lacks.
import type { TrustedScriptURL, TrustedTypePolicy, TrustedTypePolicyFactory } from 'trusted-types/lib';

/**
 * The app's one Trusted Types policy. The CSP (src/build/csp.ts, which reads the name from here)
 * requires Trusted Types for script sinks and allows this single policy, so it is created once, here, and
 * turns into a TrustedScriptURL only the exact URLs listed.
 */
export const TRUSTED_TYPES_POLICY = 'broadsheet';

/** Where the service worker is served (the PWA build writes it there). */
export const SERVICE_WORKER_URL = '/sw.js';

/** Script URLs the app loads through a sink: the service worker. */
export const TRUSTED_SCRIPT_URLS: readonly string[] = [SERVICE_WORKER_URL];

let policy: Pick<TrustedTypePolicy, 'createScriptURL'> | undefined;

/**
 * A script URL a sink accepts under the CSP: a TrustedScriptURL where the browser has Trusted
 * Types, the plain string elsewhere (where nothing would check it).
 */
export function trustedScriptUrl(url: string, win: Window = window): TrustedScriptURL | string {
  if (!TRUSTED_SCRIPT_URLS.includes(url)) throw new TypeError(`Script URL not allowed: ${url}`);
  const factory = (win as Window & { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
    createScriptURL(candidate) {
      if (TRUSTED_SCRIPT_URLS.includes(candidate)) return candidate;
      throw new TypeError(`Script URL not allowed: ${candidate}`);
    },
  });
  return policy.createScriptURL(url);
}
