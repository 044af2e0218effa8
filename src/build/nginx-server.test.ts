// @vitest-environment node
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROTLI_STATIC_MODULE, DEBIAN_NGINX, findOnPath, nginxProblems, renderMainConfig } from './nginx-server.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-nginx-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the main config of one run', () => {
  it('serves the build with its generated config, and keeps everything else in the temporary folder', () => {
    const conf = renderMainConfig({ root: '/srv/site', port: 4501, host: '127.0.0.1', tempDir: '/tmp/run' });
    expect(conf).toContain(`load_module "${BROTLI_STATIC_MODULE}";`);
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('listen "127.0.0.1:4501";');
    expect(conf).toContain('root "/srv/site";');
    expect(conf).toContain('include "/srv/site/nginx.conf";');
    const paths = [...conf.matchAll(/^\s*(?:pid|error_log|access_log|\w+_temp_path) "([^"]+)"/gm)].map((m) => m[1]);
    expect(paths).toHaveLength(8);
    for (const path of paths) expect(path?.startsWith('/tmp/run/')).toBe(true);
  });

  it('quotes a folder with quotes or spaces, and refuses one nginx would read as a variable', () => {
    const conf = renderMainConfig({ root: '/srv/my "site"', port: 8080, tempDir: '/tmp/run' });
    expect(conf).toContain('root "/srv/my \\"site\\"";');
    expect(conf).toContain('listen "8080";');
    expect(() => renderMainConfig({ root: '/srv/$site', port: 8080, tempDir: '/tmp/run' })).toThrow(/\$/);
    expect(() => renderMainConfig({ root: '/srv/site', port: 70000, tempDir: '/tmp/run' })).toThrow(/port/);
  });
});

it('finds a command on the PATH only where it is executable', () => {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'nginx'), '#!/bin/sh\n');
  expect(findOnPath('nginx', bin)).toBeUndefined();
  chmodSync(join(bin, 'nginx'), 0o755);
  expect(findOnPath('nginx', `/nowhere:${bin}`)).toBe(join(bin, 'nginx'));
});

it('says how to get nginx when it is not on the PATH, and to build when there is no config', () => {
  const problems = nginxProblems(dir, join(dir, 'empty'));
  expect(problems).toEqual([
    existsSync(DEBIAN_NGINX)
      ? 'nginx is at /usr/sbin/nginx but not on the PATH: PATH="$PATH:/usr/sbin"'
      : 'No nginx on the PATH. Install it: apt-get update && apt-get install -y nginx libnginx-mod-http-brotli-static',
    `No nginx.conf in ${dir}: build first ("npm run build").`,
  ]);
});
