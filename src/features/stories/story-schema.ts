import { z } from 'zod';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug.ts';

/**
 * The one source of truth for story data. The build validates every story file with these
 * schemas (see src/build/content.ts); the app only imports the inferred types, so zod never
 * reaches the browser bundle.
 */

export const slugSchema = z
  .string()
  .max(MAX_SLUG_LENGTH)
  .regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens (a-z, 0-9, -)');

const text = z.string().trim().min(1, 'must not be empty');

export const paragraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  text,
});

/** A subsection opens with a pull-quote heading (rendered as an h2) and holds its own paragraphs. */
export const subsectionBlockSchema = z.strictObject({
  type: z.literal('subsection'),
  heading: text,
  blocks: z.array(paragraphBlockSchema).min(1, 'a subsection needs at least one paragraph'),
});

export const blockSchema = z.discriminatedUnion('type', [paragraphBlockSchema, subsectionBlockSchema]);

export const storySchema = z.strictObject({
  slug: slugSchema,
  section: text,
  headline: text,
  standfirst: text,
  /** Empty for a brief: a headline and its one-paragraph standfirst. */
  body: z.array(blockSchema),
  related: z.array(slugSchema),
  /** Editorial order on the front page: lower is more prominent. Unranked stories follow, newest first. */
  rank: z.number().int().positive().optional(),
  /** Only when the source gives them: never invented. */
  datePublished: z.iso.datetime({ offset: true }).optional(),
  byline: text.optional(),
});

/** What lists (front page, sidebars, saved page) know of a story: no body. */
export const storySummarySchema = storySchema
  .pick({ slug: true, section: true, headline: true, datePublished: true })
  .extend({ summary: text });

/** What the build emits for one story page: the story, its reading time and its related summaries. */
export const storyPageSchema = z.strictObject({
  story: storySchema.extend({ readingMinutes: z.number().int().positive() }),
  related: z.array(storySummarySchema),
});

export const frontPageSchema = z.strictObject({
  page: z.number().int().positive(),
  pageCount: z.number().int().positive(),
  stories: z.array(storySummarySchema),
});

/** One page of a section's index: the front page's shape, with the section it lists. */
export const sectionPageSchema = frontPageSchema.extend({
  section: z.strictObject({
    /** The section's name in its address (`sectionSlug` of the label). */
    name: slugSchema,
    /** The section as stories spell it ("News"). */
    label: text,
  }),
});

export type Story = z.infer<typeof storySchema>;
export type Block = z.infer<typeof blockSchema>;
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;
export type SubsectionBlock = z.infer<typeof subsectionBlockSchema>;
export type StorySummary = z.infer<typeof storySummarySchema>;
export type StoryPage = z.infer<typeof storyPageSchema>;
export type FrontPage = z.infer<typeof frontPageSchema>;
export type SectionPage = z.infer<typeof sectionPageSchema>;
