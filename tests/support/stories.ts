import type { ParagraphBlock, StoryPage, StorySummary } from '@/features/stories/story-schema';

/** A paragraph of plain text, in the inline-node shape. */
export const paragraph = (text: string): ParagraphBlock => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Small made-up fixtures for component tests (clearly not news). */
export function summary(slug: string, overrides: Partial<StorySummary> = {}): StorySummary {
  return { slug, section: 'Test', headline: `Headline of ${slug}`, summary: `Summary of ${slug}.`, ...overrides };
}

export function storyPage(slug: string, overrides: Partial<StoryPage['story']> = {}): StoryPage {
  return {
    story: {
      slug,
      section: 'Test',
      headline: `Headline of ${slug}`,
      standfirst: `Standfirst of ${slug}.`,
      body: [
        paragraph('First paragraph.'),
        { type: 'subsection', heading: '“A quoted heading”', blocks: [paragraph('Inside.')] },
      ],
      related: ['other-one', 'other-two'],
      readingMinutes: 3,
      ...overrides,
    },
    related: [summary('other-one'), summary('other-two')],
  };
}
