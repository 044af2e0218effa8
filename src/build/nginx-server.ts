import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { HOST_FILES, nginxString } from './host-config.ts';

/*
 * Runs Debian's nginx in the foreground with the config the build wrote (`dist/nginx.conf`),
 * everything it writes (pid, logs, temp files) in a temporary folder: `npm run serve:prod`, the
 * browser tests against nginx and the serving benchmark all start it here.
 */

/** The Debian packages nginx serving needs: the server and its brotli static module. */
export const NGINX_PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'] as const;
/** Where Debian's libnginx-mod-http-brotli-static puts the module. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const INSTALL_NGINX = `apt-get update && apt-get install -y ${NGINX_PACKAGES.join(' ')}`;
/** Where Debian installs nginx: on root's PATH, but not on other users'. */
export const DEBIAN_NGINX = '/usr/sbin/nginx';

/** The first executable `command` on a PATH. */
export function findOnPath(command: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** What stops nginx serving the build here, each with what to do about it; empty when nothing does. */
export function nginxProblems(root: string, path = process.env.PATH ?? ''): string[] {
  const problems: string[] = [];
  if (!findOnPath('nginx', path)) {
    problems.push(
      existsSync(DEBIAN_NGINX)
        ? `nginx is at ${DEBIAN_NGINX} but not on the PATH: PATH="$PATH:/usr/sbin"`
        : `No nginx on the PATH. Install it: ${INSTALL_NGINX}`,
    );
  } else if (!existsSync(BROTLI_STATIC_MODULE)) {
    problems.push(`No brotli static module at ${BROTLI_STATIC_MODULE}. Install it: ${INSTALL_NGINX}`);
  }
  if (!existsSync(join(root, HOST_FILES.nginx))) {
    problems.push(`No ${HOST_FILES.nginx} in ${root}: build first ("npm run build").`);
  }
  return problems;
}

/**
 * The user nginx's workers run as when it is started by root: `nobody` if it can read the site,
 * else root itself (a site under a private home folder).
 */
function workerUser(root: string): string {
  let dir = resolve(root);
  // Others need x on every folder above the site and r+x on the site's folders (files are 0644).
  if ((statSync(dir).mode & 0o005) !== 0o005) return 'root root';
  while (dirname(dir) !== dir) {
    dir = dirname(dir);
    if ((statSync(dir).mode & 0o001) === 0) return 'root root';
  }
  return 'nobody nogroup';
}

export type NginxOptions = {
  /** The build folder (it holds the generated nginx.conf). */
  root: string;
  port: number;
  /** The address to listen on; all addresses when left out. */
  host?: string;
  /** Where nginx's errors go besides the log file: the terminal (`inherit`) or nowhere. */
  stderr?: 'inherit' | 'ignore';
};

/** The main nginx config of one run: the generated server config, served from `root`, everything else in `tempDir`. */
export function renderMainConfig(options: NginxOptions & { tempDir: string; user?: string }): string {
  const { root, port, host, tempDir, user } = options;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Not a port: ${port}`);
  const listen = host ? `${host.includes(':') ? `[${host}]` : host}:${port}` : String(port);
  const temp = (name: string) => nginxString(join(tempDir, name));
  return [
    '# One run of `npm run serve:prod` (src/build/nginx-server.ts); removed when nginx stops.',
    `load_module ${nginxString(BROTLI_STATIC_MODULE)};`,
    'daemon off;',
    ...(user ? [`user ${user};`] : []),
    'worker_processes auto;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')} warn;`,
    ...(options.stderr === 'inherit' ? ['error_log stderr warn;'] : []),
    'events {',
    '    worker_connections 1024;',
    '}',
    'http {',
    `    access_log ${temp('access.log')} combined buffer=64k flush=1s;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${temp(kind)};`),
    '    sendfile on;',
    '    tcp_nopush on;',
    '    server {',
    `        listen ${nginxString(listen)};`,
    '        server_name localhost;',
    `        root ${nginxString(resolve(root))};`,
    `        include ${nginxString(join(resolve(root), HOST_FILES.nginx))};`,
    '    }',
    '}',
    '',
  ].join('\n');
}

export type RunningNginx = {
  url: string;
  tempDir: string;
  /** Resolves with nginx's exit code when it stops, for whatever reason. */
  exited: Promise<number>;
  /** Stops nginx (fast shutdown) and removes the temporary folder. */
  close: () => Promise<void>;
};

/**
 * Resolves once this nginx listens: it writes its pid file only after binding its port (so another
 * server already on the port is not mistaken for it), and then the port accepts a connection.
 */
function waitUntilListening(
  pidFile: string,
  host: string,
  port: number,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((done, fail) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return fail(new Error('nginx exited while starting'));
      if (!existsSync(pidFile)) {
        if (Date.now() > deadline) fail(new Error(`nginx did not start within ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
        return;
      }
      const socket = connect({ host, port }, () => {
        socket.destroy();
        done();
      });
      socket.on('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx did not listen on ${host}:${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const problems = nginxProblems(options.root);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const nginx = findOnPath('nginx') as string;
  const tempDir = mkdtempSync(join(tmpdir(), 'broadsheet-nginx-'));
  const config = join(tempDir, 'nginx.conf');
  const user = process.getuid?.() === 0 ? workerUser(options.root) : undefined;
  writeFileSync(config, renderMainConfig({ ...options, tempDir, user }));

  const child = spawn(nginx, ['-p', `${tempDir}/`, '-c', config], {
    stdio: ['ignore', 'ignore', options.stderr === 'inherit' ? 'inherit' : 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-5000);
  });
  const exited = new Promise<number>((done) => child.on('close', (code) => done(code ?? 0)));
  // nginx outlives a parent that dies without closing it; stop it with this process.
  const stopWithParent = () => child.kill('SIGTERM');
  process.on('exit', stopWithParent);
  const close = async () => {
    process.off('exit', stopWithParent);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(tempDir, { recursive: true, force: true });
  };
  const probeHost = !options.host || options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  try {
    await waitUntilListening(join(tempDir, 'nginx.pid'), probeHost, options.port, child, 10_000);
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  const urlHost = probeHost.includes(':') ? `[${probeHost}]` : probeHost;
  return { url: `http://${urlHost}:${options.port}`, tempDir, exited, close };
}
