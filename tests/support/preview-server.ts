import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { startNginx } from '@/build/nginx-server';

/**
 * What the browser tests run against: `E2E_SERVER=preview` (the default) or `nginx`, started here
 * on E2E_PORT; or a server already running at `E2E_BASE_URL` (e.g. `wrangler pages dev dist`, a
 * staging deploy), which must serve the same build as `dist/`.
 */
export type E2eServer = 'preview' | 'nginx' | 'url';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    server: E2eServer;
  }
}

export function e2eServer(env: NodeJS.ProcessEnv = process.env): E2eServer {
  if (env.E2E_BASE_URL) return 'url';
  const server = env.E2E_SERVER || 'preview';
  if (server !== 'preview' && server !== 'nginx') {
    throw new Error(`E2E_SERVER=${server}: the browser tests run against "preview" or "nginx"`);
  }
  return server;
}

/**
 * Vitest global setup for the browser tests: serves the production build (`dist/`, made by
 * `npm run build`) with `vite preview`, exactly as the README's Quick start does, or with nginx
 * and the config the build wrote, as `npm run serve:prod` does (`E2E_SERVER=nginx`), or uses the
 * server at `E2E_BASE_URL`.
 */
export default async function setup(project: TestProject) {
  const outDir = resolve(process.env.BROADSHEET_OUT_DIR ?? 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run "npm run build" before the browser tests.`);
  }
  const port = Number(process.env.E2E_PORT ?? 4319);
  const server = e2eServer();
  project.provide('server', server);
  if (server === 'url') {
    project.provide('baseUrl', new URL(process.env.E2E_BASE_URL ?? '').origin);
    return;
  }
  if (server === 'nginx') {
    const nginx = await startNginx({ root: outDir, port, host: '127.0.0.1' });
    project.provide('baseUrl', nginx.url);
    return nginx.close;
  }
  const previewServer = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await new Promise<void>((done) => previewServer.httpServer.close(() => done()));
  };
}
