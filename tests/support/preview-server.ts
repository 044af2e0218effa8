import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Vitest global setup for the browser tests: serves the production build (`dist/`, made by
 * `npm run build`) with `vite preview`, exactly as the README's Quick start does.
 */
export default async function setup(project: TestProject) {
  const outDir = resolve(process.env.BROADSHEET_OUT_DIR ?? 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`No build in ${outDir}: run "npm run build" before the browser tests.`);
  }
  const port = Number(process.env.E2E_PORT ?? 4319);
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  };
}
