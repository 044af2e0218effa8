import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { type PreviewServer, preview } from 'vite';

/*
 * Building and serving a site from a test or the benchmark: a real `vite build` (both steps, as
 * `npm run build` does) from any content folder into any output folder, and `vite preview` of it.
 */
/** Runs a command, its output to a log file; resolves with the wall-clock seconds it took. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  log?: string,
  cwd?: string,
): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (log) writeFileSync(log, output);
      if (code === 0) resolve((performance.now() - start) / 1000);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

/**
 * What a test runner's environment would leak into a build it starts: NODE_ENV=test (a development
 * build of React) and VITEST. A build a test or the benchmark starts is a real, production one.
 */
const REAL_BUILD = { NODE_ENV: 'production', VITEST: '' };

/** `npm run build`, with the content and output folders it should use (in `cwd`, a copy of the repository). */
export function build(env: Record<string, string> = {}, cwd?: string): Promise<number> {
  const vite = 'node_modules/vite/bin/vite.js';
  env = { ...REAL_BUILD, ...env };
  return (async () => {
    const server = await run(
      'node',
      [vite, 'build', '--ssr', 'src/app/entry-server.tsx', '--logLevel', 'warn'],
      env,
      undefined,
      cwd,
    );
    const client = await run('node', [vite, 'build', '--logLevel', 'warn'], env, undefined, cwd);
    return server + client;
  })();
}

export type Served = {
  url: string;
  /** Bytes the server has written to its sockets (headers and bodies) since it started. */
  bytesSent: () => number;
  close: () => Promise<void>;
};

/** Serves a build folder exactly as `vite preview` does for the README's Quick start. */
export async function serve(outDir: string, port: number): Promise<Served> {
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  server.httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    bytesSent: () => [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, closedBytes),
    close: () => new Promise<void>((done) => server.httpServer.close(() => done())),
  };
}
