import type { BrowserContext, Page } from 'playwright-core';

export type CspViolation = { url: string; directive: string; blocked: string; sample: string };

declare global {
  interface Window {
    __reportCspViolation?: (violation: Omit<CspViolation, 'url'>) => void;
  }
}

/**
 * Records every Content Security Policy and Trusted Types violation in every page of the
 * context, from before the first page script runs: `securitypolicyviolation` events, and console
 * messages about the policy (Chromium also logs there, e.g. for a blocked Trusted Types sink).
 * Call it once, before the first navigation; the returned array fills as violations happen.
 */
export async function recordCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeBinding('__reportCspViolation', ({ page }, violation: Omit<CspViolation, 'url'>) => {
    violations.push({ url: page.url(), ...violation });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy|Trusted ?Type/i.test(message.text())) {
      violations.push({ url: message.page()?.url() ?? '', directive: 'console', blocked: '', sample: message.text() });
    }
  });
  return violations;
}

/** Resolves once React has hydrated (or rendered) the page's h1: its DOM node belongs to a fiber. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const heading = document.querySelector('h1');
    return !!heading && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'));
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Makes localStorage, sessionStorage and indexedDB throw a SecurityError on access in every page
 * of the context, as a browser does when storage is blocked (locked-down private modes, blocked
 * cookies, sandboxed frames).
 */
export async function blockStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`Access to ${name} is denied in this context.`, 'SecurityError');
        },
      });
    }
  });
}
