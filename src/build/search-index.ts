import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CustomRecord } from 'pagefind';
import {
  COMMON_WORD_STORIES,
  OFFLINE_INDEX_MAX_BYTES,
  SEARCH_LANGUAGE,
  SEARCH_MANIFEST,
  type SearchManifest,
} from '../features/search/search-files.ts';
import type { Story } from '../features/stories/story-schema.ts';
import { storyTexts } from '../features/stories/story-text.ts';
import { storyPath } from '../features/stories/story-urls.ts';

/**
 * One search record per story. The content is every text the reader sees, headline first, one per
 * line: Pagefind's word positions then cover the headline too, so the browser can highlight a
 * match in the headline as well as in the excerpt (search-hits.ts splits them again by the
 * headline's word count). Pagefind also indexes every `meta` value.
 */
export function searchRecord(story: Story): CustomRecord {
  return {
    url: storyPath(story.slug),
    language: SEARCH_LANGUAGE,
    content: storyTexts(story).join('\n'),
    meta: { title: story.headline, section: story.section },
  };
}

/** The words found in more than `threshold` stories, in order: see SearchManifest.commonWords. */
export function commonWords(stories: readonly Story[], threshold = COMMON_WORD_STORIES): string[] {
  const storiesWith = new Map<string, number>();
  for (const story of stories) {
    for (const word of new Set(
      storyTexts(story)
        .join(' ')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu),
    )) {
      storiesWith.set(word, (storiesWith.get(word) ?? 0) + 1);
    }
  }
  return [...storiesWith]
    .filter(([, count]) => count > threshold)
    .map(([word]) => word)
    .sort();
}

/** What the browser loads from Pagefind's output; the rest (its prebuilt UI, its worker) goes. */
const KEEP = [
  /^pagefind\.js$/,
  /^pagefind-entry\.json$/,
  new RegExp(`^wasm\\.${SEARCH_LANGUAGE}\\.pagefind$`),
  /^pagefind\.[\w-]+\.pf_meta$/,
  /^index\/[\w-]+\.pf_index$/,
  /^fragment\/[\w-]+\.pf_fragment$/,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * Deletes every file the app does not load (Pagefind's UI scripts and styles, which write
 * innerHTML; its web worker, which Trusted Types would block; the WebAssembly for other languages)
 * and writes the app's manifest beside the index. Returns what is left.
 */
export function pruneSearchIndex(dir: string, common: readonly string[] = []): { file: string; bytes: number }[] {
  const kept: { file: string; bytes: number }[] = [];
  for (const file of filesUnder(dir)) {
    if (KEEP.some((pattern) => pattern.test(file))) kept.push({ file, bytes: statSync(join(dir, file)).size });
    else rmSync(join(dir, file));
  }
  for (const folder of ['index', 'fragment']) {
    if (readdirSync(dir).includes(folder) && readdirSync(join(dir, folder)).length === 0) rmSync(join(dir, folder));
  }
  const chunks = kept.filter(({ file }) => /^(index|fragment)\//.test(file));
  const bytes = chunks.reduce((sum, { bytes }) => sum + bytes, 0);
  const complete = bytes <= OFFLINE_INDEX_MAX_BYTES;
  const manifest: SearchManifest = {
    commonWords: [...common],
    offline: { complete, files: complete ? chunks.map(({ file }) => file).sort() : [], bytes },
  };
  writeFileSync(join(dir, SEARCH_MANIFEST), JSON.stringify(manifest));
  return kept;
}

/**
 * Builds Pagefind's index of the stories into `dir` (replacing what was there). Pagefind's Node API
 * runs its binary as a child process, stopped again before this resolves.
 */
export async function writeSearchIndex(
  stories: readonly Story[],
  dir: string,
): Promise<{ file: string; bytes: number }[]> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Pagefind takes records concurrently; batches keep the messages in flight bounded.
    const BATCH = 200;
    for (let start = 0; start < stories.length; start += BATCH) {
      const added = await Promise.all(
        stories.slice(start, start + BATCH).map((s) => index.addCustomRecord(searchRecord(s))),
      );
      const failed = added.flatMap((result, i) => result.errors.map((e) => `${stories[start + i]?.slug}: ${e}`));
      if (failed.length > 0) throw new Error(`Pagefind refused stories:\n  - ${failed.join('\n  - ')}`);
    }
    rmSync(dir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return pruneSearchIndex(dir, commonWords(stories));
}
