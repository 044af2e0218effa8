import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { storiesIn } from '@tests/support/content';
import autocannon from 'autocannon';
import { startNginx } from '@/build/nginx-server';

/*
 * The serving benchmark (`npm run bench -- --serve`): nginx with the generated config against
 * `vite preview`, on loopback, under the same load. Never a test: it prints figures.
 */

export type ServeFigures = {
  server: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytesPerRequest: number;
  requests: number;
};

/** What readers fetch: every story page and the front page, their data files, and the scripts and styles. */
export function requestMix(outDir: string, contentDir: string): string[] {
  const slugs = storiesIn(contentDir).map((story) => story.slug);
  const assets = readdirSync(join(outDir, 'assets')).filter((file) => /\.(js|css)$/.test(file));
  return [
    '/',
    ...slugs.map((slug) => `/story/${slug}`),
    '/data/front/1.json',
    ...slugs.map((slug) => `/data/stories/${slug}.json`),
    ...assets.map((file) => `/assets/${file}`),
  ];
}

function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((done, fail) => {
    const attempt = () => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        done();
      });
      socket.on('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`Nothing listens on 127.0.0.1:${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** `vite preview` in a process of its own, so that the load generator does not share its event loop. */
async function startPreview(outDir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { env: { ...process.env, BROADSHEET_OUT_DIR: outDir }, stdio: 'ignore' },
  );
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  await waitForPort(port);
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function load(server: string, url: string, paths: readonly string[], seconds: number): Promise<ServeFigures> {
  // Every path must answer 200 before its figures mean anything.
  for (const path of paths) {
    const response = await fetch(`${url}${path}`);
    if (response.status !== 200) throw new Error(`${server}: ${path} answered ${response.status}`);
  }
  // A browser's Accept-Encoding: each server sends what it can (nginx its .br files).
  const requests = paths.map((path) => ({
    method: 'GET' as const,
    path,
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  }));
  await autocannon({ url, connections: 10, duration: 1, requests }); // warm-up, not counted
  const result = await autocannon({ url, connections: 100, duration: seconds, requests });
  return {
    server,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerRequest: result.throughput.total / Math.max(1, result.requests.total),
    requests: result.requests.total,
  };
}

export async function measureServing(options: {
  outDir: string;
  contentDir: string;
  port: number;
  seconds: number;
}): Promise<ServeFigures[]> {
  const paths = requestMix(options.outDir, options.contentDir);
  const figures: ServeFigures[] = [];
  const nginx = await startNginx({ root: options.outDir, port: options.port, host: '127.0.0.1' });
  try {
    figures.push(await load('nginx (generated config)', nginx.url, paths, options.seconds));
  } finally {
    await nginx.close();
  }
  const preview = await startPreview(options.outDir, options.port + 1);
  try {
    figures.push(await load('vite preview', preview.url, paths, options.seconds));
  } finally {
    await preview.close();
  }
  return figures;
}
