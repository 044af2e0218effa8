import { createHash } from 'node:crypto';
import { PREFERENCES_SCRIPT } from '../features/reading/preferences-script.ts';
import { TRUSTED_TYPES_POLICY } from '../lib/trusted-types.ts';

/** The CSP source that allows exactly one inline script: the hash of its text. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The Content Security Policy: sent as a header by every host config the build writes and by `vite preview`, and
 * written into every page as a <meta http-equiv>. Scripts only from the site's own files plus
 * the one inline script allowed by its hash (the reader's theme, applied before first paint) and
 * the compiling of WebAssembly (search); no inline style, no eval of JavaScript; Trusted Types
 * enforced for script sinks, with one policy the app creates (for the service worker's URL).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the search engine (Pagefind) compile its WebAssembly; it allows no
  // eval() of JavaScript (that would be 'unsafe-eval').
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHash(PREFERENCES_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICY}`,
].join('; ');

/**
 * Directives a browser honours only in a header (in a <meta> it ignores them and logs an error):
 * no site may frame the pages (clickjacking).
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * Powerful features the site never uses, turned off for it and anything it might embed. Web Share
 * and the clipboard stay allowed: the Share button uses them. Only features Chromium knows are
 * listed (it logs an error for any other name).
 */
export const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
];

/**
 * Headers for every response of any host serving the build, errors included: the nginx config and
 * `_headers` file the build writes (host-config.ts) and `vite preview` send exactly these; README
 * "Security" shows them.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
};
