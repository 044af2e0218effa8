/**
 * The Content Security Policy: sent as a header by `vite preview` (and documented for hosts) and
 * written into every page as a <meta http-equiv>. No inline script or style, no eval, and Trusted
 * Types enforced for script sinks; `broadsheet` is the one policy the app creates (for the
 * service worker's URL).
 */
export const TRUSTED_TYPES_POLICY = 'broadsheet';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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

/** Headers for any host serving the build (and for `vite preview`). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
