import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../build/csp';
import { TRUSTED_TYPES_POLICY, trustedScriptUrl } from './trusted-types';

function fakeWindow() {
  const createPolicy = vi.fn((_name: string, rules: { createScriptURL: (url: string) => string }) => ({
    createScriptURL: (url: string) => ({ trusted: rules.createScriptURL(url) }),
  }));
  return { win: { trustedTypes: { createPolicy } } as unknown as Window, createPolicy };
}

describe('trustedScriptUrl', () => {
  it('uses the one policy the CSP allows', () => {
    expect(CONTENT_SECURITY_POLICY).toContain(`trusted-types ${TRUSTED_TYPES_POLICY}`);
  });

  it('returns the plain URL where the browser has no Trusted Types', () => {
    expect(trustedScriptUrl('/sw.js', {} as Window)).toBe('/sw.js');
  });

  it('makes a TrustedScriptURL for the service worker, creating the policy only once', () => {
    const { win, createPolicy } = fakeWindow();
    expect(trustedScriptUrl('/sw.js', win)).toEqual({ trusted: '/sw.js' });
    expect(trustedScriptUrl('/sw.js', win)).toEqual({ trusted: '/sw.js' });
    expect(createPolicy).toHaveBeenCalledOnce();
    expect(createPolicy.mock.calls[0]?.[0]).toBe('broadsheet');
  });

  it('refuses any other script URL', () => {
    const { win } = fakeWindow();
    expect(() => trustedScriptUrl('https://evil.example/sw.js', win)).toThrow(TypeError);
  });
});
