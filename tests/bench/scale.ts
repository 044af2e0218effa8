import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureFirstLoad, total } from '@tests/support/first-load';
import { build } from '@tests/support/site-build';
import type { Story } from '@/features/stories/story-schema';
import { listFiles } from './support';

const slugOf = (i: number) => `synthetic-story-${String(i).padStart(5, '0')}`;

/** Sections of unequal size, as a newsroom's are: 30 % World, 20 % each Politics and Business, … */
const SECTIONS = [
  'World',
  'World',
  'World',
  'Politics',
  'Politics',
  'Business',
  'Business',
  'Science',
  'Culture',
  'Sport',
];

/**
 * A clearly synthetic story, shaped like a long real one (a dozen paragraphs and a subsection),
 * ranked by its number so the front-page order is defined, related to its five next neighbours,
 * in one of several sections.
 */
export function syntheticStory(i: number, count: number): Story {
  const related = [1, 2, 3, 4, 5].map((step) => slugOf(((i - 1 + step) % count) + 1)).filter((s) => s !== slugOf(i));
  // Inline nodes as an editor's Markdown makes them: plain text, emphasis and a link to a neighbour.
  const paragraph = (p: number) => ({
    type: 'paragraph' as const,
    content: [
      { type: 'text' as const, text: `Synthetic story ${i}, paragraph ${p}. ` },
      { type: 'text' as const, text: 'Generated filler text', marks: ['em' as const] },
      { type: 'text' as const, text: ' for the scale benchmark, not news; see ' },
      {
        type: 'link' as const,
        href: `/story/${related[0] ?? slugOf(i)}`,
        children: [{ type: 'text' as const, text: 'the next story' }],
      },
      { type: 'text' as const, text: '. This is generated filler text for the scale benchmark, not news. '.repeat(2) },
    ],
  });
  return {
    slug: slugOf(i),
    section: SECTIONS[i % SECTIONS.length] ?? 'World',
    headline: `Synthetic story ${i} for the scale benchmark`,
    standfirst: `Synthetic story ${i}: generated text that only exists while the benchmark runs.`,
    body: [
      ...Array.from({ length: 12 }, (_, p) => paragraph(p + 1)),
      { type: 'subsection', heading: `Synthetic subsection of story ${i}`, blocks: [paragraph(13), paragraph(14)] },
    ],
    related: [...new Set(related)],
    rank: i,
  };
}

export function writeSyntheticStories(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(dir, `${slugOf(i)}.json`), JSON.stringify(syntheticStory(i, count)));
  }
}

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
      stories: realPage ? files.filter((f) => f.file.startsWith('story/')).length : count,
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
