// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PREFERENCES_SCRIPT } from '../features/reading/preferences-script.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, scriptHash } from './csp.ts';

it('the README shows hosts the exact headers vite preview sends', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(readme).toContain(`\n${name}: ${value}\n`);
});

it('the policy allows no inline or eval’d script but the one hashed head script, and requires Trusted Types', () => {
  // WebAssembly may be compiled (the search engine), JavaScript may never be eval'd.
  expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash(PREFERENCES_SCRIPT)};`);
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|data:|\*/);
  expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
  // Browsers ignore frame-ancestors in a <meta> and log an error: it belongs to the header only.
  expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
});

it('hashes a script as browsers do (SHA-256 of its UTF-8 text, base64)', () => {
  // The example from the CSP specification: <script>alert('Hello, world.');</script>
  expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
});
