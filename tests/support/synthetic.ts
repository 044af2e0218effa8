import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '@/features/stories/story-schema';

/*
 * Clearly synthetic stories, generated in any number for the scale benchmark and the tests that
 * try a newsroom-sized archive (never news: every text says it is generated).
 */

export const slugOf = (i: number) => `synthetic-story-${String(i).padStart(5, '0')}`;

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
