// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { expect, it } from 'vitest';
import { SECURITY_HEADERS } from '@/build/csp';
import { IMMUTABLE, REVALIDATE, renderHeadersFile } from '@/build/host-config';
import { declaredHeaders, type HeaderRule, headerDifferences } from './headers-parity';

/** The parity check of tests/e2e/serving.test.ts, shown to fail when a host says something else. */

async function rulesOf(text: string): Promise<HeaderRule[]> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-parity-'));
  try {
    writeFileSync(join(dir, '_headers'), text);
    const { headers, errors } = await parseAllHeaders({
      headersFiles: [join(dir, '_headers')],
      configHeaders: [],
      minimal: false,
    });
    expect(errors).toEqual([]);
    return headers as HeaderRule[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const generated = renderHeadersFile(
  [
    { name: 'assets', directory: true },
    { name: 'story', directory: true },
  ],
  { assetsDir: 'assets' },
);
const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

it('finds nothing when the response says what the file says', async () => {
  const rules = await rulesOf(generated);
  const { headers, conflicts } = declaredHeaders(rules, '/assets/app-CoUdXGn9.js');
  expect(conflicts).toEqual([]);
  expect(headers).toEqual(lower({ ...SECURITY_HEADERS, 'Cache-Control': IMMUTABLE }));
  expect(headerDifferences('/assets/app-CoUdXGn9.js', headers, lower(headers))).toEqual([]);
});

it('reports a planted difference: a response with another Cache-Control, or without a security header', async () => {
  const rules = await rulesOf(generated);
  const { headers } = declaredHeaders(rules, '/story/a');
  const response: Record<string, string> = { ...lower(headers), 'cache-control': 'max-age=600' };
  delete response['x-content-type-options'];
  expect(headerDifferences('/story/a', headers, response)).toEqual([
    `/story/a: x-content-type-options is undefined, _headers says "nosniff"`,
    `/story/a: cache-control is "max-age=600", _headers says "${REVALIDATE}"`,
  ]);
});

it('reports a header named by two rules that match one path (hosts would join the values)', async () => {
  const rules = await rulesOf(`/*\n  Cache-Control: ${REVALIDATE}\n/assets/*\n  Cache-Control: ${IMMUTABLE}\n`);
  expect(declaredHeaders(rules, '/assets/app.js').conflicts).toEqual([
    '/assets/app.js: Cache-Control is set by more than one rule (/assets/* among them)',
  ]);
});
