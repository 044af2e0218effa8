// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shippedStories } from '@tests/support/content';
import { describe, expect, it } from 'vitest';
import { storyTexts } from '@/features/stories/story-text';

/**
 * The stories are the source article (and its related briefs) word for word: this compares them
 * with the text they were made from, kept in the repository as their provenance
 * (tests/fixtures/seed, the user's material unchanged).
 */
const seedFile = fileURLToPath(new URL('../../tests/fixtures/seed/000_39bcee88d24a81fa.txt', import.meta.url));

function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('the shipped stories', () => {
  // The first line of the seed is the page's breadcrumb, not part of any story.
  const seedParagraphs = readFileSync(seedFile, 'utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .slice(1);
  const shipped = shippedStories().flatMap(storyTexts);
  const seedCounts = tally(seedParagraphs);
  const shippedCounts = tally(shipped);

  it('are compared with a seed of the lead story and its five briefs', () => {
    expect(seedParagraphs.length).toBeGreaterThan(6);
    expect(shippedStories()).toHaveLength(6);
  });

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
