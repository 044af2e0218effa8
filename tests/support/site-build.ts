import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { type PreviewServer, preview } from 'vite';

/*
 * Building and serving a site from a test or the benchmark: a real `vite build` (both steps, as
 * `npm run build` does) from any content folder into any output folder, and `vite preview` of it.
 */

/** Runs a command, its output to a log file; resolves with the wall-clock seconds it took. */
export function run(command: string, args: string[], env: Record<string, string> = {}, log?: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** `npm run build`, with the content and output folders it should use. */
export function build(env: Record<string, string> = {}): Promise<number> {
  const vite = 'node_modules/vite/bin/vite.js';
  return (async () => {
    const server = await run('node', [vite, 'build', '--ssr', 'src/app/entry-server.tsx', '--logLevel', 'warn'], env);
    const client = await run('node', [vite, 'build', '--logLevel', 'warn'], env);
    return server + client;
  })();
}

/** Serves a build folder exactly as `vite preview` does for the README's Quick start. */
export async function serve(outDir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.httpServer.close(() => done())),
  };
}
