import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { build, serve } from './site-build';

/** The fixture folder: a Markdown story with every construct, and a JSON story with hostile text in every field. */
export const AUTHORING_FIXTURE = 'tests/fixtures/authoring-site';

/**
 * A gradient made here, never a photograph: `channels` 4 gives it transparency (a PNG fallback),
 * 3 makes it opaque (a JPEG fallback).
 */
export async function gradient(file: string, width: number, height: number, channels: 3 | 4): Promise<void> {
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      pixels[i] = Math.round((255 * x) / width);
      pixels[i + 1] = Math.round((255 * y) / height);
      pixels[i + 2] = 160;
      if (channels === 4) pixels[i + 3] = 128 + Math.round((127 * x) / width);
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels } });
  await (file.endsWith('.png') ? image.png() : image.jpeg()).toFile(file);
}

export type AuthoringSite = { url: string; outDir: string; contentDir: string; close: () => Promise<void> };

/**
 * Builds the fixture site into a temporary folder — its pictures generated first, as an editor
 * would put them beside the story — and serves it with `vite preview` on `port`.
 */
export async function buildAuthoringSite(port: number, siteUrl = 'https://news.example'): Promise<AuthoringSite> {
  const work = mkdtempSync(join(tmpdir(), 'broadsheet-authoring-'));
  const contentDir = join(work, 'stories');
  const outDir = join(work, 'dist');
  cpSync(AUTHORING_FIXTURE, contentDir, { recursive: true });
  await gradient(join(contentDir, 'lead-gradient.jpg'), 1600, 900, 3);
  await gradient(join(contentDir, 'body-gradient.png'), 900, 600, 4);
  await build({ BROADSHEET_CONTENT_DIR: contentDir, BROADSHEET_OUT_DIR: outDir, SITE_URL: siteUrl });
  const server = await serve(outDir, port);
  return {
    url: server.url,
    outDir,
    contentDir,
    async close() {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
