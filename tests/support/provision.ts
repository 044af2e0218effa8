/*
 * The first step of `npm test`: checks that this machine has what the browser and server tests
 * need — Chromium (or CHROME_PATH) and nginx with its brotli static module — before anything slow
 * runs. What is missing is installed with apt-get when the machine can (Debian or Ubuntu, root,
 * apt-get present), saying what and why; otherwise, or with SKIP_PROVISION=1, it stops at once
 * with the command to run and the tests that need it. `npm install && npm start` never comes here:
 * it needs no system package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BROTLI_STATIC_MODULE, DEBIAN_NGINX, findOnPath } from '@/build/nginx-server';

/** Debian's Chromium, where the browser tests look unless CHROME_PATH says otherwise. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** What is known about this machine: each fact is looked up once, by `lookAround`. */
export type Machine = {
  /** CHROME_PATH, if set. */
  chromePath?: string;
  /** Whether the Chromium the tests would launch exists. */
  chromium: boolean;
  nginx: boolean;
  /** nginx is installed where Debian puts it, but that folder is not on this user's PATH. */
  nginxOffPath: boolean;
  brotliModule: boolean;
  debian: boolean;
  root: boolean;
  aptGet: boolean;
  /** SKIP_PROVISION=1: check and explain, never install. */
  skip: boolean;
};

/** Something the tests need: the packages that provide it, or (none to install) what to do instead. */
type Need = { what: string; packages: string[]; why: string; fix?: string };

const BROWSER_TESTS = 'the browser tests (npm run test:e2e and test:e2e:nginx)';
const NGINX_TESTS = 'the browser and serving tests against nginx (npm run test:e2e:nginx), and npm run serve:prod';

/** What the tests need that this machine lacks, each with the Debian packages that provide it. */
export function missing(machine: Machine): Need[] {
  const needs: Need[] = [];
  if (!machine.chromium) {
    needs.push({
      what: `Chromium (${machine.chromePath ?? DEBIAN_CHROMIUM})`,
      packages: ['chromium'],
      why: BROWSER_TESTS,
    });
  }
  if (!machine.nginx && machine.nginxOffPath) {
    needs.push({
      what: `nginx on the PATH (it is at ${DEBIAN_NGINX})`,
      packages: [],
      why: NGINX_TESTS,
      fix: 'export PATH="$PATH:/usr/sbin"',
    });
  } else if (!machine.nginx) needs.push({ what: 'nginx (on the PATH)', packages: ['nginx'], why: NGINX_TESTS });
  if (!machine.brotliModule) {
    needs.push({
      what: `nginx's brotli static module (${BROTLI_STATIC_MODULE})`,
      packages: ['libnginx-mod-http-brotli-static'],
      why: NGINX_TESTS,
    });
  }
  return needs;
}

export type Plan =
  | { action: 'none'; message: string }
  | { action: 'install'; packages: string[]; message: string }
  | { action: 'stop'; message: string };

const installCommand = (packages: readonly string[], root: boolean) => {
  const sudo = root ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
};

/** What to do about this machine: nothing, install these packages, or stop and say what to run. */
export function plan(machine: Machine): Plan {
  const needs = missing(machine);
  if (needs.length === 0) {
    return {
      action: 'none',
      message: `provision: Chromium (${machine.chromePath ?? DEBIAN_CHROMIUM}) and nginx with its brotli static module are here; nothing to install.`,
    };
  }
  const packages = [...new Set(needs.flatMap((need) => need.packages))];
  const list = needs.map((need) => `  - ${need.what}: needed by ${need.why}`).join('\n');
  // Installing Debian's chromium would not put a browser at a CHROME_PATH of someone's choosing.
  const chromePathMissing = !machine.chromium && machine.chromePath !== undefined;
  const cannot = [
    machine.skip && 'SKIP_PROVISION=1 is set',
    !machine.debian && 'this is not Debian or Ubuntu',
    !machine.aptGet && 'apt-get is not on the PATH',
    !machine.root && 'installing needs root',
    chromePathMissing && `CHROME_PATH=${machine.chromePath} does not exist (set it to a Chromium, or unset it)`,
    ...needs.filter((need) => need.fix).map((need) => `no package would put ${need.what}`),
  ].filter((reason): reason is string => typeof reason === 'string');
  if (cannot.length > 0) {
    const installable = chromePathMissing ? packages.filter((name) => name !== 'chromium') : packages;
    const fixes = needs.flatMap((need) => (need.fix ? [need.fix] : []));
    const commands = [...(installable.length > 0 ? [installCommand(installable, machine.root)] : []), ...fixes];
    const command = commands.length > 0 ? `\nRun:\n  ${commands.join('\n  ')}\nthen npm test again.` : '';
    return {
      action: 'stop',
      message: `provision: this machine lacks what the tests need, and nothing was installed (${cannot.join('; ')}):\n${list}${command}`,
    };
  }
  return {
    action: 'install',
    packages,
    message: `provision: installing ${packages.join(', ')} with apt-get, because this machine lacks:\n${list}`,
  };
}

/** Looks the facts up on this machine. */
export function lookAround(env: NodeJS.ProcessEnv = process.env): Machine {
  const chromePath = env.CHROME_PATH || undefined;
  return {
    chromePath,
    chromium: existsSync(chromePath ?? DEBIAN_CHROMIUM),
    nginx: findOnPath('nginx', env.PATH) !== undefined,
    nginxOffPath: existsSync(DEBIAN_NGINX),
    brotliModule: existsSync(BROTLI_STATIC_MODULE),
    debian: existsSync('/etc/debian_version'),
    root: process.getuid?.() === 0,
    aptGet: findOnPath('apt-get', env.PATH) !== undefined,
    skip: env.SKIP_PROVISION === '1',
  };
}

function run(command: string, args: string[]): void {
  console.log(`provision: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit code ${result.status})`);
}

function main(): number {
  const first = plan(lookAround());
  if (first.action === 'none') {
    console.log(first.message);
    return 0;
  }
  if (first.action === 'stop') {
    console.error(first.message);
    return 1;
  }
  console.log(first.message);
  const started = performance.now();
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...first.packages]);
  const after = plan(lookAround());
  if (after.action !== 'none') {
    console.error(`provision: still missing after installing ${first.packages.join(', ')}:\n${after.message}`);
    return 1;
  }
  console.log(
    `provision: installed ${first.packages.join(', ')} in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
