// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp.ts';

it('the README shows hosts the exact headers vite preview sends', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(readme).toContain(`\n${name}: ${value}\n`);
});

it('the policy allows no inline or eval’d script and requires Trusted Types', () => {
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|data:|\*/);
  expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
  // Browsers ignore frame-ancestors in a <meta> and log an error: it belongs to the header only.
  expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
});
