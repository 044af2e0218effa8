import type { SearchFragment } from './search-engine';

/*
 * From the engine's record of a story to what a result shows: the headline and an excerpt, each a
 * list of plain-text segments, some marked as matches. Built from the record's own text and the
 * positions of the matched words — never from the engine's ready-made excerpt, which is HTML
 * (and only half escaped) — so the page renders it as text, with <mark> elements made by React.
 */

/** A run of text, shown marked when it is (part of) a word the search matched. */
export type Segment = { text: string; mark: boolean };

export type SearchHit = {
  slug: string;
  section: string;
  headline: Segment[];
  excerpt: { segments: Segment[]; before: boolean; after: boolean };
};

/** About two lines of text under the headline. */
export const EXCERPT_WORDS = 30;

// Pagefind counts word positions over the text split like this (its own separator).
const WORD_SEPARATOR = /[^\S\uFEFF]+/;

/** Splits a word into the punctuation around it and its letters, so only the letters are marked. */
function markWord(word: string): Segment[] {
  const [, lead = '', core = '', trail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
  if (core === '') return [{ text: word, mark: false }];
  return [
    { text: lead, mark: false },
    { text: core, mark: true },
    { text: trail, mark: false },
  ];
}

/** Words as segments, the marked ones split from their punctuation, neighbours merged. */
export function segmentWords(words: readonly string[], marked: (index: number) => boolean): Segment[] {
  const segments: Segment[] = [];
  const push = (segment: Segment) => {
    if (segment.text === '') return;
    const last = segments.at(-1);
    if (last && last.mark === segment.mark && !segment.mark) last.text += segment.text;
    else segments.push({ ...segment });
  };
  words.forEach((word, i) => {
    if (i > 0) push({ text: ' ', mark: false });
    for (const segment of marked(i) ? markWord(word) : [{ text: word, mark: false }]) push(segment);
  });
  return segments;
}

/**
 * The start of the `length`-word window that holds the most match weight. When several windows in
 * a row hold the same (the matches fit in each), the middle one, so the matches sit mid-excerpt.
 */
export function bestWindow(scores: ReadonlyMap<number, number>, wordCount: number, length: number): number {
  const at = (position: number) => scores.get(position) ?? 0;
  let sum = 0;
  for (let i = 0; i < Math.min(length, wordCount); i++) sum += at(i);
  let best = 0;
  let bestSum = sum;
  let run = 1;
  // Slide the window one word at a time: add the word that enters, drop the one that leaves.
  for (let start = 1; start + length <= wordCount; start++) {
    sum += at(start + length - 1) - at(start - 1);
    if (sum > bestSum) {
      best = start;
      bestSum = sum;
      run = 1;
    } else if (sum === bestSum && start === best + run) {
      run++;
    }
  }
  // From the start when the matches fit there (or there are none): no needless leading "…".
  return best === 0 ? 0 : best + Math.floor((run - 1) / 2);
}

/**
 * A result as the page shows it, or null for a record that is not a story page. The record's text
 * starts with the headline (see src/build/search-index.ts): positions inside it mark the headline,
 * the rest choose and mark the excerpt.
 */
export function toSearchHit(fragment: SearchFragment, excerptLength = EXCERPT_WORDS): SearchHit | null {
  // The index holds story pages only; anything else (a tampered index) is not shown.
  const slug = /^\/story\/([a-z0-9-]+)$/.exec(fragment.raw_url ?? fragment.url)?.[1];
  if (!slug) return null;
  const headline = fragment.meta.title ?? '';
  const words = fragment.content.split(WORD_SEPARATOR).filter(Boolean);
  const headlineWords = headline.split(WORD_SEPARATOR).filter(Boolean);
  // Only when the text does start with the headline can positions be shared between them.
  const startsWithHeadline = headlineWords.every((word, i) => words[i] === word);
  const offset = startsWithHeadline ? headlineWords.length : 0;
  const matched = new Set(fragment.locations);

  const body = words.slice(offset);
  const scores = new Map<number, number>();
  for (const { location, balanced_score } of fragment.weighted_locations) {
    if (location >= offset) scores.set(location - offset, (scores.get(location - offset) ?? 0) + balanced_score);
  }
  const start = bestWindow(scores, body.length, excerptLength);
  const shown = body.slice(start, start + excerptLength);
  return {
    slug,
    section: fragment.meta.section ?? '',
    headline: segmentWords(headlineWords, (i) => startsWithHeadline && matched.has(i)),
    excerpt: {
      segments: segmentWords(shown, (i) => matched.has(offset + start + i)),
      before: start > 0,
      after: start + excerptLength < body.length,
    },
  };
}
