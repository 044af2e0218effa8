import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type PreviewServer, preview } from 'vite';

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

/** `npm run build`, with the content and output folders it should use (in `cwd`, a copy of the repository). */
export function build(env: Record<string, string> = {}, cwd?: string): Promise<number> {
  const vite = 'node_modules/vite/bin/vite.js';
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

/** A copy of a build whose one page keeps its HTML and CSS but loses every script and modulepreload. */
export function floorCopy(outDir: string, page: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'broadsheet-floor-'));
  cpSync(outDir, copy, { recursive: true });
  const html = readFileSync(join(copy, page), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/gi, '');
  if (/<script|modulepreload/i.test(html)) throw new Error(`The floor copy of ${page} still has a script`);
  writeFileSync(join(copy, page), html);
  return copy;
}

/** Every file under a folder, with its size in bytes. */
export function listFiles(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(dir, path), bytes: statSync(path).size };
    });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A plain-text table: the first row is the header; numbers are right-aligned. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length))) ?? [];
  return cells
    .map((row) =>
      row
        .map((cell, i) =>
          i > 0 && /^[-\d.,×%]+( \w+)?$/.test(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
