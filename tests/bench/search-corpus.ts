import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storiesIn } from '@tests/support/content';
import { syntheticStory } from '@tests/support/synthetic';
import { SHIPPED_CONTENT_DIR } from '@/build/folders';
import type { SourceBlock, Story } from '@/features/stories/story-schema';
import { storyTexts } from '@/features/stories/story-text';

/*
 * Stories for the search benchmark. The scale benchmark's synthetic stories repeat one sentence,
 * which would make a search index of fifteen words; an index's size and a search's cost depend on
 * how many different words there are and how they are spread. So here each synthetic story (the
 * scale generator's shape: slug, section, related stories, rank) gets text drawn, word by word,
 * from a Zipf distribution (the way word frequencies fall in any language) over 60,000 words: the
 * real stories' fifty most frequent first, their other words spread through a long tail of
 * made-up ones. The result is word salad — clearly not news — with the statistics of a newsroom's
 * archive. The six real stories are kept, so a search for one of them is measured among thousands
 * of others. (Word salad compresses worse than prose, so the index's files are, if anything,
 * larger than an archive of real stories would make.)
 */

/** A small deterministic random number generator (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ka lo mi ne ra su te vo zu bri dan el for gor hal ist jun kel lar mon nor ost pal quin rin sel tor ul ven wes yar zen ach bel cor dru eth fal gri hov'.split(
    ' ',
  );

/** Distinct words an archive of this size uses (Heaps' law, roughly, for English news). */
const VOCABULARY_SIZE = 60_000;

type Vocabulary = { words: string[]; cumulative: Float64Array };

/** The real stories' most frequent words (the, of, Russia, …) stay the archive's most frequent. */
const COMMON_WORDS = 50;
/** Their other words spread through the long tail: one in every this many ranks. */
const SPREAD = 20;

function vocabulary(real: readonly Story[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const story of real) {
    for (const word of storyTexts(story)
      .join(' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const seed = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const known = new Set(seed);
  const next = random(42);
  const madeUp = () => {
    for (;;) {
      let word = '';
      for (let n = 2 + Math.floor(next() * 3); n > 0; n--) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
      if (!known.has(word)) {
        known.add(word);
        return word;
      }
    }
  };
  // A topical word the real stories use ("starlink", "mobilization") is then as rare in the
  // archive as such words are in news: found in tens to hundreds of stories, not in most.
  const words = seed.slice(0, COMMON_WORDS);
  for (const word of seed.slice(COMMON_WORDS)) {
    for (let i = 1; i < SPREAD; i++) words.push(madeUp());
    words.push(word);
  }
  while (words.length < VOCABULARY_SIZE) words.push(madeUp());
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let rank = 0; rank < words.length; rank++) {
    sum += 1 / (rank + 1);
    cumulative[rank] = sum;
  }
  return { words, cumulative };
}

function pick(vocab: Vocabulary, next: () => number): string {
  const target = next() * (vocab.cumulative.at(-1) ?? 0);
  let low = 0;
  let high = vocab.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((vocab.cumulative[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return vocab.words[low] ?? 'word';
}

function sentence(vocab: Vocabulary, next: () => number, min: number, max: number): string {
  const words = Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => pick(vocab, next));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One synthetic story of 600–1,200 words (the seed's long story has about 1,300). */
function wordyStory(i: number, count: number, vocab: Vocabulary): Story {
  const next = random(1_000_003 * i + 7);
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(vocab, next, 8, 25)).join(' ');
  const body: SourceBlock[] = [];
  const target = 600 + Math.floor(next() * 601);
  for (let words = 0; words < target; ) {
    const text = paragraph();
    words += text.split(' ').length;
    body.push(
      body.length === 6
        ? {
            type: 'subsection',
            heading: sentence(vocab, next, 4, 9),
            blocks: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          }
        : { type: 'paragraph', content: [{ type: 'text', text }] },
    );
  }
  return {
    ...syntheticStory(i, count),
    headline: `Synthetic ${i}: ${sentence(vocab, next, 7, 11).slice(0, -1)}`,
    standfirst: sentence(vocab, next, 30, 42),
    body,
  };
}

/**
 * Writes `count` stories into `dir`: the six real ones, then synthetic ones up to `count`
 * (6 = the real stories alone).
 */
export function writeSearchCorpus(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(SHIPPED_CONTENT_DIR).filter((name) => name.endsWith('.json'))) {
    copyFileSync(join(SHIPPED_CONTENT_DIR, file), join(dir, file));
  }
  const real = storiesIn(SHIPPED_CONTENT_DIR);
  const synthetic = count - real.length;
  if (synthetic <= 0) return;
  const vocab = vocabulary(real);
  for (let i = 1; i <= synthetic; i++) {
    const story = wordyStory(i, synthetic, vocab);
    writeFileSync(join(dir, `${story.slug}.json`), JSON.stringify(story));
  }
}
