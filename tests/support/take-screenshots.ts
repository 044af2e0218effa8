/**
 * Takes the web app manifest's screenshots (the richer install dialog shows them) from the real
 * app: builds it, serves it with `vite preview`, and captures the front page's first story on a phone and the front
 * page on a desktop into public/screenshots/. Run with `npm run screenshots`, then commit the PNGs.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { storyPath } from '@/features/stories/story-urls';
import { openBrowser } from './browser.ts';
import { shippedStories } from './content.ts';

const OUT_DIR = resolve('public/screenshots');
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4421);

type Shot = { file: string; path: string; width: number; height: number };

const SHOTS: Shot[] = [
  { file: 'narrow.png', path: storyPath(shippedStories()[0]?.slug ?? ''), width: 390, height: 844 },
  { file: 'wide.png', path: '/', width: 1280, height: 800 },
];

execSync('npm run build', { stdio: 'inherit' });
mkdirSync(OUT_DIR, { recursive: true });
const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
try {
  for (const shot of SHOTS) {
    const browser = await openBrowser({ viewport: { width: shot.width, height: shot.height } });
    try {
      // As the installed app looks: no install offer in the header (no manifest, no worker).
      await browser.context.route('**/manifest.webmanifest', (route) => route.abort());
      await browser.page.goto(`http://127.0.0.1:${PORT}${shot.path}`, { waitUntil: 'networkidle' });
      await browser.page.locator('h1').waitFor();
      await browser.page.screenshot({ path: resolve(OUT_DIR, shot.file) });
      console.log(`public/screenshots/${shot.file} (${shot.width}x${shot.height}) from ${shot.path}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
