// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type Machine, missing, plan } from './provision';

const READY: Machine = {
  chromium: true,
  nginx: true,
  nginxOffPath: false,
  brotliModule: true,
  debian: true,
  root: true,
  aptGet: true,
  skip: false,
};

describe('on a machine that can install (Debian, root, apt-get)', () => {
  it('installs nothing when Chromium, nginx and the brotli module are here', () => {
    expect(plan(READY)).toMatchObject({ action: 'none' });
  });

  it('installs exactly the packages that are missing, and says why', () => {
    const fresh = { ...READY, chromium: false, nginx: false, brotliModule: false };
    const result = plan(fresh);
    expect(result).toMatchObject({
      action: 'install',
      packages: ['chromium', 'nginx', 'libnginx-mod-http-brotli-static'],
    });
    expect(result.message).toContain('Chromium (/usr/bin/chromium): needed by the browser tests');
    expect(result.message).toContain('nginx (on the PATH): needed by the browser and serving tests against nginx');
    expect(plan({ ...READY, brotliModule: false })).toMatchObject({
      action: 'install',
      packages: ['libnginx-mod-http-brotli-static'],
    });
  });
});

describe('on a machine that cannot, or must not, install', () => {
  it('stops with the exact command and the tests that need it, when SKIP_PROVISION=1', () => {
    const result = plan({ ...READY, nginx: false, brotliModule: false, skip: true });
    expect(result.action).toBe('stop');
    expect(result.message).toContain('SKIP_PROVISION=1 is set');
    expect(result.message).toContain('apt-get update && apt-get install -y nginx libnginx-mod-http-brotli-static');
    expect(result.message).toContain('npm run test:e2e:nginx');
  });

  it('asks for sudo when not root, and says why it did not install', () => {
    const result = plan({ ...READY, chromium: false, root: false });
    expect(result.action).toBe('stop');
    expect(result.message).toContain('installing needs root');
    expect(result.message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
  });

  it('installs nothing off Debian or without apt-get', () => {
    expect(plan({ ...READY, nginx: false, debian: false }).message).toContain('not Debian or Ubuntu');
    expect(plan({ ...READY, nginx: false, aptGet: false }).message).toContain('apt-get is not on the PATH');
  });

  it('tells a user without /usr/sbin on the PATH to add it, rather than install nginx again', () => {
    const result = plan({ ...READY, nginx: false, nginxOffPath: true, root: false });
    expect(result.action).toBe('stop');
    expect(result.message).toContain('nginx on the PATH (it is at /usr/sbin/nginx)');
    expect(result.message).toContain('Run:\n  export PATH="$PATH:/usr/sbin"\nthen npm test again.');
    expect(plan({ ...READY, nginx: false, nginxOffPath: true }).action).toBe('stop');
  });

  it('does not install Debian’s Chromium for a CHROME_PATH that does not exist', () => {
    const result = plan({ ...READY, chromium: false, chromePath: '/opt/chrome/chrome', nginx: false });
    expect(result.action).toBe('stop');
    expect(result.message).toContain('CHROME_PATH=/opt/chrome/chrome does not exist');
    expect(result.message).toContain('apt-get install -y nginx\n');
    expect(missing({ ...READY, chromium: false, chromePath: '/opt/chrome/chrome' })[0]?.what).toBe(
      'Chromium (/opt/chrome/chrome)',
    );
  });
});
