import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureFirstLoad, total } from '@tests/support/first-load';
import { build } from '@tests/support/site-build';
import { slugOf, writeSyntheticStories } from '@tests/support/synthetic';
import { listFiles } from './support';

export type ScaleFigures = {
  stories: number;
  buildSeconds: number;
  files: number;
  totalBytes: number;
  page: string;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
  frontHtmlGzip: number;
  frontJsGzip: number;
  /** Pages of all sections' indexes, and the first page of the largest section. */
  sectionPages: number;
  sectionHtmlGzip: number;
  sectionJsGzip: number;
  /** The largest section data file (one page of 20 summaries), raw bytes. */
  sectionDataMax: number;
};

/**
 * Builds the site into a temporary folder, from `count` synthetic stories or (with `realPage`, the
 * page to measure) from the real content folder, and measures what it emitted.
 */
export async function measureScale(count: number, realPage?: string): Promise<ScaleFigures> {
  const work = mkdtempSync(join(tmpdir(), `broadsheet-scale-${count}-`));
  try {
    const contentDir = join(work, 'stories');
    const outDir = join(work, 'dist');
    const env: Record<string, string> = { BROADSHEET_OUT_DIR: outDir };
    if (!realPage) {
      writeSyntheticStories(contentDir, count);
      env.BROADSHEET_CONTENT_DIR = contentDir;
    }
    const buildSeconds = await build(env);
    const files = listFiles(outDir);
    const page = realPage ?? `story/${slugOf(1)}.html`;
    const story = measureFirstLoad(outDir, page);
    const front = measureFirstLoad(outDir, 'index.html');
    const sectionFiles = files.filter((f) => f.file.startsWith('section/') && f.file.endsWith('.html'));
    const largest = realPage ? 'section/news.html' : 'section/world.html';
    const section = measureFirstLoad(outDir, largest);
    const sectionData = files.filter((f) => f.file.startsWith('data/sections/')).map((f) => f.bytes);
    return {
      stories: realPage ? files.filter((f) => f.file.startsWith('story/') && f.file.endsWith('.html')).length : count,
      buildSeconds,
      files: files.length,
      totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
      page,
      htmlGzip: story.html.gzip,
      jsGzip: total(story.js),
      cssGzip: total(story.css),
      frontHtmlGzip: front.html.gzip,
      frontJsGzip: total(front.js),
      sectionPages: sectionFiles.length,
      sectionHtmlGzip: section.html.gzip,
      sectionJsGzip: total(section.js),
      sectionDataMax: Math.max(...sectionData),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
