import { setUpBrowser, watchErrors } from '@tests/support/browser';
import { BRIEF_STORY, chooseDisplay, FULL_STORY, lastParagraph, openDisplay, openPage } from '@tests/support/reading';
import { afterAll, describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');

describe('reading tools', () => {
  const browser = setUpBrowser({ colorScheme: 'light' });
  afterAll(() => {
    expect(browser.errors).toEqual([]);
  });

  it('switches to the dark theme, keeps it over a reload, and applies it before any module runs', async () => {
    const { page } = browser;
    await openPage(page, `${base}/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await chooseDisplay(page, 'Theme', 'Dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);

    // At DOMContentLoaded the document is parsed; the stored theme must already be on <html>.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse =
          document.documentElement.dataset.theme;
      });
    });
    await openPage(page, `${base}/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse)).toBe('dark');
    expect(await background()).toBe(dark);
    await openDisplay(page);
    await expect(page.getByRole('radio', { name: 'Dark' }).isChecked()).resolves.toBe(true);

    // With no app JavaScript at all (every module blocked), the page still paints in the reader's theme.
    const bare = await browser.context.newPage();
    await bare.route('**/assets/*.js', (route) => route.abort());
    await bare.goto(`${base}${FULL_STORY}`);
    expect(await bare.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await bare.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    await bare.close();

    await openPage(page, `${base}/`);
    await chooseDisplay(page, 'Theme', 'System');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
    expect(await background()).toBe(light);
  });

  it('shows the reading time worked out when the site was built', async () => {
    const { page } = browser;
    await openPage(page, `${base}${FULL_STORY}`);
    const full = Number((await page.getByText(/^\d+ min read$/).textContent())?.split(' ')[0]);
    await openPage(page, `${base}${BRIEF_STORY}`);
    const brief = Number((await page.getByText(/^\d+ min read$/).textContent())?.split(' ')[0]);
    expect(brief).toBeGreaterThanOrEqual(1);
    expect(full).toBeGreaterThan(brief);
  });

  it('makes the story text larger, and keeps that size over a reload', async () => {
    const { page } = browser;
    await openPage(page, `${base}${FULL_STORY}`);
    const size = () => lastParagraph(page).evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
    const before = await size();
    await chooseDisplay(page, 'Text size', 'Largest');
    const after = await size();
    expect(after).toBeGreaterThan(before);
    await openPage(page, `${base}${FULL_STORY}`);
    expect(await size()).toBe(after);
    await chooseDisplay(page, 'Text size', 'Small');
    expect(await size()).toBeLessThan(before);
    await chooseDisplay(page, 'Text size', 'Medium');
    expect(await size()).toBe(before);
  });

  it('saves a story, lists it on the Saved page after a reload, opens it from there and removes it', async () => {
    const { page } = browser;
    await openPage(page, `${base}${BRIEF_STORY}`);
    const headline = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const save = page.getByRole('button', { name: 'Save' });
    await save.click();
    await expect(page.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByText('Saved for later').waitFor();

    await openPage(page, `${base}${BRIEF_STORY}`);
    await expect(page.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).resolves.toBe('true');

    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Saved' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved stories' }).waitFor();
    await openPage(page, `${base}/saved`);
    const main = page.getByRole('main');
    await main.getByRole('link', { name: headline }).waitFor();
    await main.getByRole('link', { name: headline }).click();
    await page.getByRole('heading', { level: 1, name: headline }).waitFor();
    expect(new URL(page.url()).pathname).toBe(BRIEF_STORY);

    await openPage(page, `${base}/saved`);
    await page.getByRole('button', { name: `Remove “${headline}” from saved stories` }).click();
    await page.getByText('Nothing saved yet').waitFor();
    await openPage(page, `${base}/saved`);
    await page.getByText('Nothing saved yet').waitFor();
  });

  it('explains that it cannot save when the browser refuses to store anything', async () => {
    const { context } = browser;
    const page = await context.newPage();
    const pageErrors = watchErrors(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openPage(page, `${base}${BRIEF_STORY}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Can’t save here' }).waitFor();
    await expect(page.getByRole('button', { name: 'Save' }).getAttribute('aria-pressed')).resolves.toBe('false');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('copies the story link and says so', async () => {
    const { page, context } = browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await openPage(page, `${base}${BRIEF_STORY}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}${BRIEF_STORY}`);
  });

  it('fills the reading progress bar as the reader scrolls, without exposing it to assistive technology', async () => {
    const { page } = browser;
    await openPage(page, `${base}${FULL_STORY}`);
    const bar = page.locator('[aria-hidden="true"]:has(> div)').first();
    const scale = () => bar.locator('div').evaluate((fill) => new DOMMatrix(getComputedStyle(fill).transform).a);
    expect(await scale()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(scale).toBeGreaterThan(0);
    expect(await scale()).toBeLessThan(1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(scale).toBe(1);
    // Set through the CSSOM after hydration: the prerendered HTML carries no style attribute.
    const html = await (await fetch(`${base}${FULL_STORY}`)).text();
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('marks visited stories on the front page and in the sidebar, in words as well as a mark', async () => {
    const { page } = browser;
    await openPage(page, `${base}${BRIEF_STORY}`);
    await openPage(page, `${base}/`);
    const main = page.getByRole('main');
    const headingOf = (path: string) => main.getByRole('heading').filter({ has: page.locator(`a[href="${path}"]`) });
    await headingOf(BRIEF_STORY).filter({ hasText: 'already read' }).waitFor();
    await expect(headingOf(BRIEF_STORY).textContent()).resolves.toContain('✓ Read');
    const unvisited = headingOf('/story/spacex-stops-paying-for-starlink-ukraine');
    await expect(unvisited.textContent()).resolves.not.toContain('Read');

    await openPage(page, `${base}${FULL_STORY}`);
    const sidebar = page.getByRole('complementary', { name: 'Related stories' });
    await sidebar.getByRole('heading', { name: /already read/ }).waitFor();
    // Nobody has visited anything when the page is built: the served HTML marks nothing.
    const html = await (await fetch(`${base}/`)).text();
    expect(html).not.toContain('already read');
  });

  it('prints the story alone, without the header, sidebar, footer or buttons', async () => {
    const { page } = browser;
    await openPage(page, `${base}${FULL_STORY}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    for (const hidden of ['header', 'aside', 'footer', 'button', 'nav']) {
      const visible = await page.locator(hidden).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      expect(visible, hidden).toBe(0);
    }
    const colour = await lastParagraph(page).evaluate((p) => getComputedStyle(p).color);
    expect(colour).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
  });
});
