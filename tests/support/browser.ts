import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DEBIAN_CHROMIUM } from './provision';

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? DEBIAN_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with "apt-get update && apt-get install -y chromium", or set CHROME_PATH.`,
    );
  }
  return path;
}

export type BrowserOptions = {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** 'block' for a first visit before any service worker: requests then reach page.route. */
  serviceWorkers?: 'allow' | 'block';
  javaScriptEnabled?: boolean;
  /** More Chromium flags, e.g. `--remote-debugging-port=0` to watch the service worker (see worker-errors.ts). */
  args?: readonly string[];
};

export type Browser = {
  context: BrowserContext;
  page: Page;
  /** The profile folder (Chromium writes DevToolsActivePort there). */
  profile: string;
  close: () => Promise<void>;
};

/** A fresh Chromium profile (no cache, no service worker, no storage) with one page. */
export async function openBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'broadsheet-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: options.serviceWorkers ?? 'allow',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Collects console errors (and warnings, if asked) and uncaught exceptions, so a test can assert
 * there were none. Left out: Chromium's note that a document came with status 404 — the not-found
 * page is served with that status on purpose.
 */
export function watchErrors(page: Page, { warnings = false }: { warnings?: boolean } = {}): string[] {
  const errors: string[] = [];
  const documentNotFound = (message: ConsoleMessage) =>
    message.text().startsWith('Failed to load resource') &&
    message.text().includes('404') &&
    message.location().url === page.url();
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && !(warnings && type === 'warning')) return;
    if (!documentNotFound(message)) errors.push(`${type === 'error' ? '' : `${type}: `}${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

export type BrowserSession = {
  readonly page: Page;
  readonly profile: string;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions of the session's page so far (see watchErrors). */
  readonly errors: string[];
};

/**
 * A browser for the tests of a file or `describe` block: opened before them (or before each,
 * with `each: true`, for tests that need a fresh profile), closed after, its page watched for
 * errors. `prepare` runs on each new browser before any test (to block storage, record CSP
 * violations, route requests, …).
 */
export function setUpBrowser(
  options: BrowserOptions & {
    each?: boolean;
    warnings?: boolean;
    prepare?: (browser: Browser) => Promise<void> | void;
  } = {},
): BrowserSession {
  let browser: Browser | undefined;
  let errors: string[] = [];
  const open = async () => {
    browser = await openBrowser(options);
    errors = watchErrors(browser.page, options);
    await options.prepare?.(browser);
  };
  const close = async () => {
    await browser?.close();
    browser = undefined;
  };
  if (options.each) {
    beforeEach(open);
    afterEach(close);
  } else {
    beforeAll(open);
    afterAll(close);
  }
  const current = () => {
    if (!browser) throw new Error('No browser: setUpBrowser() opens one before the tests that use it');
    return browser;
  };
  return {
    get page() {
      return current().page;
    },
    get profile() {
      return current().profile;
    },
    get context() {
      return current().context;
    },
    get errors() {
      return errors;
    },
  };
}
