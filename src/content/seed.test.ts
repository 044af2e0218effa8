// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Story } from '@/features/stories/story-schema';

/**
 * The stories are the source article (and its related briefs) word for word: this compares them
 * with the seed text they were made from, which lives outside the repository.
 */
const seedFile = fileURLToPath(new URL('../../../shared/seed/000_39bcee88d24a81fa.txt', import.meta.url));
const storiesDir = fileURLToPath(new URL('./stories', import.meta.url));
const hasSeed = existsSync(seedFile);
if (!hasSeed) console.warn(`Skipping the seed comparison: ${seedFile} is not in this checkout.`);

/** Every piece of text the site shows from a story file, in file order. */
function storyTexts(story: Story): string[] {
  const texts = [story.headline, story.standfirst];
  for (const block of story.body) {
    if (block.type === 'paragraph') texts.push(block.text);
    else texts.push(block.heading, ...block.blocks.map((paragraph) => paragraph.text));
  }
  return texts;
}

function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe.skipIf(!hasSeed)('the shipped stories', () => {
  // The first line of the seed is the page's breadcrumb, not part of any story.
  const seedParagraphs = readFileSync(seedFile, 'utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .slice(1);
  const shipped = readdirSync(storiesDir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => storyTexts(JSON.parse(readFileSync(`${storiesDir}/${name}`, 'utf8')) as Story));
  const seedCounts = tally(seedParagraphs);
  const shippedCounts = tally(shipped);

  it('contain every paragraph of the seed exactly once, word for word', () => {
    const wrong = seedParagraphs.filter((paragraph) => shippedCounts.get(paragraph) !== 1);
    expect(wrong).toEqual([]);
  });

  it('contain no text that is not in the seed', () => {
    const invented = shipped.filter((text) => seedCounts.get(text) !== 1);
    expect(invented).toEqual([]);
  });

  it('are the whole seed', () => {
    expect(shipped.length).toBe(seedParagraphs.length);
  });
});
