import { z } from 'zod';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug.ts';
import { hrefProblem } from './story-links.ts';

/**
 * The one source of truth for story data. The build validates every story file with these
 * schemas (see src/build/content.ts); the app only imports the inferred types, so zod never
 * reaches the browser bundle.
 *
 * Two shapes share the block kinds: the story as written (`storySchema`: an image names its
 * picture file, `src`) and the story as built (`storyPageSchema`: an image carries the responsive
 * variants the build made of that file, never the file itself).
 */

export const slugSchema = z
  .string()
  .max(MAX_SLUG_LENGTH)
  .regex(SLUG_PATTERN, 'must be lowercase words joined by hyphens (a-z, 0-9, -)');

const text = z.string().trim().min(1, 'must not be empty');

// Inline nodes: what a paragraph, a quote or a list item is made of. Rendered by React as
// elements and text, never as HTML.

/** A run of text; `marks` are the emphasis it carries (Markdown `*em*`, `**strong**`). */
export const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1, 'must not be empty'),
  marks: z
    .array(z.enum(['em', 'strong']))
    .min(1)
    .optional(),
});

/** A line break inside a paragraph (Markdown: two spaces or `\` at the end of a line). */
export const breakNodeSchema = z.strictObject({ type: z.literal('break') });

export const hrefSchema = z.string().superRefine((href, ctx) => {
  const problem = hrefProblem(href);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const linkNodeSchema = z.strictObject({
  type: z.literal('link'),
  href: hrefSchema,
  children: z.array(z.discriminatedUnion('type', [textNodeSchema, breakNodeSchema])).min(1, 'a link needs its text'),
});

export const inlineSchema = z.discriminatedUnion('type', [textNodeSchema, breakNodeSchema, linkNodeSchema]);

const visibleText = (nodes: readonly z.infer<typeof inlineSchema>[]): string =>
  nodes
    .map((node) => (node.type === 'text' ? node.text : node.type === 'link' ? visibleText(node.children) : ''))
    .join('');

/** Inline content that shows some text. */
export const inlinesSchema = z
  .array(inlineSchema)
  .min(1, 'must not be empty')
  .refine((nodes) => visibleText(nodes).trim() !== '', 'must not be empty');

/**
 * A paragraph of inline nodes. Files in the first shape, a plain `text` string, keep building:
 * that string becomes one text node.
 */
export const paragraphBlockSchema = z
  .strictObject({ type: z.literal('paragraph'), content: inlinesSchema.optional(), text: text.optional() })
  .superRefine((block, ctx) => {
    if ((block.content === undefined) === (block.text === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a paragraph needs "content" (inline nodes) or "text", not both' });
    }
  })
  .transform(({ type, content, text }) => ({
    type,
    content: content ?? [{ type: 'text' as const, text: text ?? '' }],
  }));

/** A quoted statement; its attribution (`Name, role`) is shown under it. */
export const quoteBlockSchema = z.strictObject({
  type: z.literal('quote'),
  paragraphs: z.array(inlinesSchema).min(1, 'a quote needs its text'),
  attribution: text.optional(),
});

export const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  /** The first number of an ordered list, when it is not 1. */
  start: z.number().int().nonnegative().optional(),
  items: z.array(inlinesSchema).min(1, 'a list needs at least one item'),
});

export const dividerBlockSchema = z.strictObject({ type: z.literal('divider') });

/** What every picture says about itself, as written and as built. */
const imageText = {
  /** What the picture shows, for readers who cannot see it. Required. */
  alt: text,
  caption: text.optional(),
  credit: text.optional(),
};

/** A picture as written: `src` is its file, beside the story file, inside the content folder. */
export const imageSourceSchema = z.strictObject({ src: z.string().min(1, 'must name the picture file'), ...imageText });

export const imageFormats = ['avif', 'webp', 'jpeg', 'png'] as const;

/** A picture as built: the responsive variants the build made, and the intrinsic size. */
export const pictureSchema = z.strictObject({
  ...imageText,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  variants: z
    .array(z.strictObject({ format: z.enum(imageFormats), width: z.number().int().positive(), src: z.string() }))
    .min(1),
  /**
   * Decided by the build from where the picture is: `lead` for the story's lead picture (fetched
   * first), `eager` for a picture that opens a story without one (in view at once); otherwise the
   * picture loads lazily, as the reader nears it.
   */
  priority: z.enum(['lead', 'eager']).optional(),
});

/** A picture in the body, as written and as built. */
export const imageSourceBlockSchema = imageSourceSchema.extend({ type: z.literal('image') });
export const pictureBlockSchema = pictureSchema.extend({ type: z.literal('image') });

const textBlocks = [paragraphBlockSchema, quoteBlockSchema, listBlockSchema, dividerBlockSchema] as const;

/**
 * A subsection opens with its heading (an h2) and runs to the next. Without `style` the heading
 * is a pull quote (a heading written as a quotation, as every subsection of the first stories
 * is); `"style": "subhead"` is a plain subheading.
 */
const subsectionFields = {
  type: z.literal('subsection'),
  heading: text,
  style: z.literal('subhead').optional(),
};
const blocksOf = <T extends z.ZodType>(block: T) => z.array(block).min(1, 'a subsection needs at least one block');

const sourceSubsectionSchema = z.strictObject({
  ...subsectionFields,
  blocks: blocksOf(z.discriminatedUnion('type', [...textBlocks, imageSourceBlockSchema])),
});
export const subsectionBlockSchema = z.strictObject({
  ...subsectionFields,
  blocks: blocksOf(z.discriminatedUnion('type', [...textBlocks, pictureBlockSchema])),
});

/** A block as written in a story file. */
export const sourceBlockSchema = z.discriminatedUnion('type', [
  ...textBlocks,
  imageSourceBlockSchema,
  sourceSubsectionSchema,
]);
/** A block as the app renders it (pictures built). */
export const blockSchema = z.discriminatedUnion('type', [...textBlocks, pictureBlockSchema, subsectionBlockSchema]);

export const storySchema = z.strictObject({
  slug: slugSchema,
  section: text,
  headline: text,
  standfirst: text,
  /** The lead picture, shown under the standfirst and in link previews. */
  image: imageSourceSchema.optional(),
  /** Empty for a brief: a headline and its one-paragraph standfirst. */
  body: z.array(sourceBlockSchema),
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

/** What the build emits for one story page: the story (pictures built), its reading time and its related summaries. */
export const storyPageSchema = z.strictObject({
  story: storySchema.extend({
    image: pictureBlockSchema.optional(),
    body: z.array(blockSchema),
    readingMinutes: z.number().int().positive(),
  }),
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
export type StoryInput = z.input<typeof storySchema>;
export type SourceBlock = z.infer<typeof sourceBlockSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type TextNode = z.infer<typeof textNodeSchema>;
export type LinkNode = z.infer<typeof linkNodeSchema>;
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;
export type QuoteBlock = z.infer<typeof quoteBlockSchema>;
export type ListBlock = z.infer<typeof listBlockSchema>;
export type ImageSource = z.infer<typeof imageSourceSchema>;
export type Picture = z.infer<typeof pictureSchema>;
export type ImageFormat = (typeof imageFormats)[number];
export type SubsectionBlock = z.infer<typeof subsectionBlockSchema>;
export type StorySummary = z.infer<typeof storySummarySchema>;
export type StoryPage = z.infer<typeof storyPageSchema>;
export type FrontPage = z.infer<typeof frontPageSchema>;
export type SectionPage = z.infer<typeof sectionPageSchema>;
