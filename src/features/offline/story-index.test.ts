import { describe, expect, it } from 'vitest';
import { buildStoryIndex, readStoryIndex } from './story-index';

const slugs = Array.from({ length: 1000 }, (_, i) => `made-up-story-${i}`);

describe('the story index', () => {
  it('knows every story it was built from', () => {
    const has = readStoryIndex(buildStoryIndex(slugs));
    expect(slugs.filter((slug) => !has(slug))).toEqual([]);
  });

  it('says no to almost every address that is not a story', () => {
    const has = readStoryIndex(buildStoryIndex(slugs));
    const strangers = Array.from({ length: 10_000 }, (_, i) => `no-such-story-${i}`);
    const wrong = strangers.filter(has).length;
    // About 1% by design; far more would mean the hashing is broken.
    expect(wrong / strangers.length).toBeLessThan(0.02);
  });

  it('stays small: about ten bits a story', () => {
    const index = buildStoryIndex(slugs);
    expect(index.bits).toBe(10_000);
    expect(JSON.stringify(index).length).toBeLessThan(1_800);
  });

  it('works for a site with no stories, and refuses a damaged index', () => {
    const empty = buildStoryIndex([]);
    expect(readStoryIndex(empty)('anything')).toBe(false);
    expect(() => readStoryIndex({ ...empty, bits: 128 })).toThrow('damaged');
  });
});
