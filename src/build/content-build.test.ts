// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let outDir: string | undefined;

afterEach(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

it('a malformed story file fails the real client build, naming the file and the field', () => {
  outDir = mkdtempSync(join(tmpdir(), 'broadsheet-broken-build-'));
  // The client step is the one that validates at buildStart (and would emit the pages).
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BROADSHEET_CONTENT_DIR: 'tests/fixtures/empty-text', BROADSHEET_OUT_DIR: outDir },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('tests/fixtures/empty-text/empty-text.json');
  expect(output).toContain('body[0].blocks[1].text: must not be empty');
  // Nothing that looks ready to deploy: no pages, no service worker, no host configs.
  for (const file of ['index.html', 'sw.js', 'nginx.conf', '_headers'])
    expect(existsSync(join(outDir, file)), file).toBe(false);
}, 60_000);
