import { request } from 'node:http';
import { setUpBrowser } from '@tests/support/browser';
import { type CspViolation, recordCspViolations, waitForApp } from '@tests/support/trust';
import { describe, expect, inject, it } from 'vitest';
import { PREFERENCES_SCRIPT } from '@/features/reading/preferences-script';

const baseUrl = inject('baseUrl');

/** Each case: what it is, the path, and text from it that must never show up in the page (as text or markup). */
const hostile: readonly [name: string, path: string, markers: readonly string[]][] = [
  ['encoded slashes and ..', '/story/..%2F..%2Fetc%2Fpasswd', ['passwd', '../']],
  ['encoded dots and slashes', '/story/%2e%2e%2f%2e%2e%2fetc%2fpasswd', ['passwd']],
  ['a 5,000-character slug', `/story/${'a'.repeat(5000)}`, ['aaaaaaaaaa']],
  ['an emoji slug', `/story/${encodeURIComponent('😀-news-🔥')}`, ['😀', '🔥']],
  ['a truncated percent escape', '/story/%E0%A4%A', ['%E0', '\uFFFD']],
  ['a lone percent sign', '/story/%', ['%']],
  ['__proto__', '/story/__proto__', ['__proto__']],
  ['constructor', '/story/constructor', ['constructor']],
  ['HTML in the slug', `/story/${encodeURIComponent('<img src=x onerror=alert(1)>')}`, ['onerror', 'alert(1)', '<img']],
  ['HTML as the whole path', '/%3Cscript%3E', ['<script>']],
  ['extra path segments', '/story/a/b/c', ['a/b/c']],
  ['a section name with encoded dots and slashes', '/section/..%2F..%2Fetc%2Fpasswd', ['passwd', '../']],
  ['HTML as a section name', `/section/${encodeURIComponent('<img src=x onerror=alert(1)>')}`, ['onerror', '<img']],
  ['a section name in capitals', '/section/NEWS', ['NEWS']],
  ['a section page that is not a number', `/section/news/page/${encodeURIComponent('<b>2</b>')}`, ['<b>']],
];

/** The raw path goes to the server as written (no URL normalisation), as a crawler or attacker would send it. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((done, fail) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    })
      .on('error', fail)
      .end();
  });
}

describe('served without JavaScript', () => {
  it.each([...hostile, ['a bare ..', '/story/%2e%2e', []] as const])(
    '%s is answered with the 404 page',
    async (_, path) => {
      const { status, body } = await rawGet(path);
      expect(status).toBe(404);
      expect(body).toContain('Story not found');
      expect(body).not.toContain('onerror=');
    },
  );
});

describe('in the browser', () => {
  let violations: CspViolation[] = [];
  const browser = setUpBrowser({
    async prepare({ context }) {
      violations = await recordCspViolations(context);
      await context.addInitScript(() => {
        // Anything that managed to run from the URL would call one of these.
        window.alert = () => {
          document.documentElement.dataset.hostileRan = 'alert';
        };
      });
    },
  });

  it.each(hostile)('%s shows "Story not found", runs nothing and echoes nothing', async (_, path, markers) => {
    const { page, errors } = browser;
    errors.length = 0;
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Story not found' }).waitFor();
    await waitForApp(page);

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    const seen = await page.evaluate(
      (headScript) => ({
        ran: document.documentElement.dataset.hostileRan ?? null,
        images: document.querySelectorAll('img').length,
        scripts: [...document.querySelectorAll('script')]
          .filter((script) => !script.src && !/json/.test(script.type) && script.textContent !== headScript)
          .map((script) => script.outerHTML),
        text: document.getElementById('root')?.textContent ?? '',
        markup: document.body.innerHTML,
        title: document.title,
      }),
      PREFERENCES_SCRIPT,
    );
    expect(seen).toMatchObject({ ran: null, images: 0, scripts: [] });
    for (const marker of markers) {
      expect(seen.text).not.toContain(marker);
      expect(seen.markup).not.toContain(marker);
      expect(seen.title).not.toContain(marker);
    }
  });

  it('/story/%2e%2e is resolved by the browser itself (to the front page), without errors', async () => {
    // A URL parser treats %2e%2e as "..": the request never names a story, so there is nothing to reject.
    const { page, errors } = browser;
    errors.length = 0;
    await page.goto(`${baseUrl}/story/%2e%2e`);
    await waitForApp(page);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
  });

  it('a hostile path reached with Back after leaving it still shows "Story not found"', async () => {
    const { page, errors } = browser;
    errors.length = 0;
    await page.goto(`${baseUrl}/story/%`);
    await waitForApp(page);
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Top stories' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Story not found' }).waitFor();
    expect(errors).toEqual([]);
  });
});
