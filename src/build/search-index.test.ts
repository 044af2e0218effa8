// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFLINE_INDEX_MAX_BYTES, SEARCH_MANIFEST, type SearchManifest } from '../features/search/search-files.ts';
import type { Story } from '../features/stories/story-schema.ts';
import { loadContent } from './content.ts';
import { commonWords, pruneSearchIndex, searchRecord, writeSearchIndex } from './search-index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url));
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function temporaryFolder(files: Record<string, number>): string {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-search-index-'));
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), Buffer.alloc(bytes));
  }
  return dir;
}

const manifestIn = (folder: string) =>
  JSON.parse(readFileSync(join(folder, SEARCH_MANIFEST), 'utf8')) as SearchManifest;

describe('searchRecord', () => {
  const story: Story = {
    slug: 'synthetic-story',
    section: 'Synthetic section',
    headline: 'A synthetic headline',
    standfirst: 'A synthetic standfirst.',
    body: [
      { type: 'paragraph', content: [{ type: 'text', text: 'First paragraph.' }] },
      {
        type: 'subsection',
        heading: 'A pull quote',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inside it.' }] }],
      },
    ],
    related: [],
  };

  it('indexes every text the reader sees, headline first, as plain text, with the headline and section', () => {
    expect(searchRecord(story)).toEqual({
      url: '/story/synthetic-story',
      language: 'en',
      content: 'A synthetic headline\nA synthetic standfirst.\nFirst paragraph.\nA pull quote\nInside it.',
      meta: { title: 'A synthetic headline', section: 'Synthetic section' },
    });
  });
});

describe('commonWords', () => {
  it('lists the words found in more stories than the threshold, whatever their case', () => {
    const story = (slug: string, text: string): Story => ({
      slug,
      section: 'S',
      headline: 'Synthetic',
      standfirst: text,
      body: [],
      related: [],
    });
    const stories = [story('a', 'Lantern kite'), story('b', 'lantern lantern'), story('c', 'kite LANTERN drum')];
    expect(commonWords(stories, 2)).toEqual(['lantern', 'synthetic']);
    expect(commonWords(stories, 3)).toEqual([]);
  });
});

describe('pruneSearchIndex', () => {
  const written = {
    'pagefind.js': 10,
    'pagefind-entry.json': 10,
    'wasm.en.pagefind': 10,
    'pagefind.en_abc123.pf_meta': 10,
    'index/en_1a2b.pf_index': 300,
    'fragment/en_3c4d.pf_fragment': 200,
    'pagefind-ui.js': 10,
    'pagefind-ui.css': 10,
    'pagefind-component-ui.js': 10,
    'pagefind-modular-ui.js': 10,
    'pagefind-highlight.js': 10,
    'pagefind-worker.js': 10,
    'wasm.unknown.pagefind': 10,
  };

  it('keeps only what the app loads, and lists a small index whole for offline use', () => {
    const folder = temporaryFolder(written);
    const kept = pruneSearchIndex(folder).map(({ file }) => file);
    expect(kept.sort()).toEqual(Object.keys(written).slice(0, 6).sort());
    expect(readdirSync(folder).sort()).toEqual(
      [
        'fragment',
        'index',
        SEARCH_MANIFEST,
        'pagefind-entry.json',
        'pagefind.en_abc123.pf_meta',
        'pagefind.js',
        'wasm.en.pagefind',
      ].sort(),
    );
    expect(manifestIn(folder).offline).toEqual({
      complete: true,
      files: ['fragment/en_3c4d.pf_fragment', 'index/en_1a2b.pf_index'],
      bytes: 500,
    });
  });

  it('lists no files for offline use when the index is larger than the limit', () => {
    const folder = temporaryFolder({ ...written, 'index/en_big.pf_index': OFFLINE_INDEX_MAX_BYTES });
    pruneSearchIndex(folder, ['common']);
    expect(manifestIn(folder).commonWords).toEqual(['common']);
    expect(manifestIn(folder).offline).toEqual({
      complete: false,
      files: [],
      bytes: OFFLINE_INDEX_MAX_BYTES + 500,
    });
  });
});

describe('writeSearchIndex', () => {
  it('builds a Pagefind index of the stories with Pagefind itself, keeping only what the app loads', async () => {
    dir = mkdtempSync(join(tmpdir(), 'broadsheet-search-index-'));
    const { stories } = await loadContent(fixture('valid'), fileURLToPath(new URL('../..', import.meta.url)));
    const files = (await writeSearchIndex(stories, join(dir, 'pagefind'))).map(({ file }) => file);
    expect(files).toEqual(
      expect.arrayContaining([
        'pagefind.js',
        'pagefind-entry.json',
        'wasm.en.pagefind',
        expect.stringMatching(/\.pf_meta$/),
      ]),
    );
    expect(files.filter((file) => file.startsWith('fragment/'))).toHaveLength(stories.length);
    expect(files.some((file) => /ui|worker|highlight|unknown/.test(file))).toBe(false);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(stories.length);
  }, 30_000);
});
