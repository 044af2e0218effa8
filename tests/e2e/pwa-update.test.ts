import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setUpBrowser } from '@tests/support/browser';
import { builtStories } from '@tests/support/content';
import { deployFile } from '@tests/support/deploy';
import { waitForServiceWorker } from '@tests/support/pwa';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { outDir } from '@/build/folders';

const base = inject('baseUrl');
const story = builtStories()[0];
const swFile = resolve(outDir(), 'sw.js');
const original = readFileSync(swFile, 'utf8');

/**
 * A new deploy, as the browser sees it: a service worker script with different bytes. One
 * precache revision changes and nothing else, so the file keeps its length (the preview server
 * keeps the sizes it read at startup).
 */
function deployNewVersion() {
  const revision = /"revision":"([0-9a-f]{32})"/.exec(original)?.[1];
  if (!revision) throw new Error('No precache revision in sw.js');
  const changed = revision.replace(/^./, (first) => (first === '0' ? '1' : '0'));
  return deployFile(swFile, original.replace(`"revision":"${revision}"`, `"revision":"${changed}"`));
}

const browser = setUpBrowser();

afterAll(async () => {
  await deployFile(swFile, original);
});

describe('a new version', () => {
  it('is offered with a Reload button and activated only when the reader asks', async () => {
    const { page, errors } = browser;
    await page.goto(`${base}/`);
    await waitForServiceWorker(page);
    await deployNewVersion();

    await page.goto(`${base}/story/${story?.slug}`);
    // Marks this document: a reload (by the app or the browser) would lose it.
    await page.evaluate(() => document.documentElement.setAttribute('data-test-document', 'first'));
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
    await prompt.waitFor({ timeout: 30_000 });
    expect(await page.getAttribute('html', 'data-test-document')).toBe('first');

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.getAttribute('html', 'data-test-document')).toBeNull();
    expect(await page.locator('h1').textContent()).toBe(story?.headline);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
    expect(await page.getByText('A new version is available').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
