import { describe, expect, it } from 'vitest';
import type { SearchFragment } from './search-engine';
import { bestWindow, segmentWords, toSearchHit } from './search-hits';

/** A record as the build writes it: headline, then the rest of the text (synthetic words). */
function fragment(headline: string, rest: string, locations: number[], url = '/story/a-story'): SearchFragment {
  return {
    url,
    raw_url: url,
    content: `${headline}\n${rest}`,
    meta: { title: headline, section: 'Test section' },
    locations,
    weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: 100 })),
  };
}

const words = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `word${from + i}`).join(' ');

describe('toSearchHit', () => {
  it('marks a match in the headline, and takes the excerpt from the text after it', () => {
    const hit = toSearchHit(fragment('Synthetic headline about lanterns', words(10), [3]), 30);
    expect(hit?.slug).toBe('a-story');
    expect(hit?.section).toBe('Test section');
    expect(hit?.headline).toEqual([
      { text: 'Synthetic headline about ', mark: false },
      { text: 'lanterns', mark: true },
    ]);
    expect(hit?.excerpt).toEqual({ segments: [{ text: words(10), mark: false }], before: false, after: false });
  });

  it('centres the excerpt on the densest matches, marking only the letters of each matched word', () => {
    // Headline: 2 words; matches at text words 40 and 42 → positions 42 and 44.
    const rest = words(100).replace('word40', '“Lantern,').replace('word42', 'lanterns.');
    const hit = toSearchHit(fragment('Two words', rest, [42, 44]), 10);
    const text = hit?.excerpt.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
    expect(text).toBe('word36 word37 word38 word39 “[Lantern], word41 [lanterns]. word43 word44 word45');
    expect(hit?.excerpt.before).toBe(true);
    expect(hit?.excerpt.after).toBe(true);
  });

  it('keeps markup in the text as text: nothing is parsed', () => {
    const hit = toSearchHit(fragment('A <b>bold</b> claim', '<img src=x onerror=alert(1)> & "quotes"', [5]), 30);
    const excerpt = hit?.excerpt.segments.map((s) => s.text).join('');
    expect(excerpt).toBe('<img src=x onerror=alert(1)> & "quotes"');
    expect(hit?.excerpt.segments.find((s) => s.mark)?.text).toBe('onerror=alert(1');
  });

  it('shows the start of the text, unmarked, for a story that matched on its section alone', () => {
    const hit = toSearchHit(fragment('Headline', words(50), []), 5);
    expect(hit?.headline).toEqual([{ text: 'Headline', mark: false }]);
    expect(hit?.excerpt).toEqual({ segments: [{ text: words(5), mark: false }], before: false, after: true });
  });

  it('leaves the headline unmarked when the text does not start with it', () => {
    const record = { ...fragment('Headline here', words(5), [0]), content: words(5) };
    const hit = toSearchHit(record, 30);
    expect(hit?.headline).toEqual([{ text: 'Headline here', mark: false }]);
    expect(hit?.excerpt.segments[0]).toEqual({ text: 'word0', mark: true });
  });

  it('shows nothing for a record that is not a story page', () => {
    expect(toSearchHit(fragment('H', 'text', [], '/elsewhere'))).toBeNull();
    expect(toSearchHit(fragment('H', 'text', [], '/story/../secret'))).toBeNull();
    expect(toSearchHit(fragment('H', 'text', [], 'javascript:alert(1)'))).toBeNull();
  });
});

describe('segmentWords', () => {
  it('merges neighbouring unmarked words into one run and keeps punctuation outside the mark', () => {
    expect(segmentWords(['a', 'b', '(c)', 'd'], (i) => i === 2)).toEqual([
      { text: 'a b (', mark: false },
      { text: 'c', mark: true },
      { text: ') d', mark: false },
    ]);
  });
});

describe('bestWindow', () => {
  it('picks the window holding the most match weight, with the matches in its middle', () => {
    expect(bestWindow(new Map([[50, 1]]), 100, 10)).toBe(45);
    expect(bestWindow(new Map([[2, 1]]), 100, 10)).toBe(0);
    expect(bestWindow(new Map([[2, 1]]), 5, 10)).toBe(0);
    expect(
      bestWindow(
        new Map([
          [10, 1],
          [60, 1],
          [62, 1],
        ]),
        100,
        10,
      ),
    ).toBe(56);
  });
});
