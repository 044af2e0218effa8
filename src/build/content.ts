import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { FRONT_PAGE_SIZE } from '../features/stories/api/data-files.ts';
import { MAX_SECTION_NAME_LENGTH, sectionSlug } from '../features/stories/section-slug.ts';
import { linkedStorySlug } from '../features/stories/story-links.ts';
import {
  type Block,
  type FrontPage,
  type ImageSource,
  type SectionPage,
  type SourceBlock,
  type Story,
  type StoryPage,
  type StorySummary,
  storySchema,
} from '../features/stories/story-schema.ts';
import { blockTexts, storyTexts } from '../features/stories/story-text.ts';
import { ContentError, describeProblem, type Problem, problemsError, type SourcePoint } from './content-error.ts';
import { compileMarkdown } from './markdown.ts';
import { PictureError, type RenderedPicture, renderPicture } from './media.ts';

export { ContentError } from './content-error.ts';

/** The stories of a content folder, validated and cross-checked, before their pictures are made. */
export type StoryContent = {
  stories: Story[];
  summaries: StorySummary[];
  fronts: FrontPage[];
  /** Every picture file the stories use, checked to be a file inside the content folder. */
  pictures: PictureRef[];
  /** Markdown stories left out because their front matter says `draft: true`. */
  drafts: string[];
  /** Every page of every section's index, section by section (by name), page by page. */
  sections: SectionPage[];
};

/** Everything the site is built from: the stories, each story's page data, and the picture files made for them. */
export type Content = StoryContent & {
  pages: Map<string, StoryPage>;
  /** Picture variants by their path under the site root (`media/<slug>/…`). */
  media: Map<string, Buffer>;
};

/** A picture a story uses: its file, and where the story names it (for messages). */
export type PictureRef = { slug: string; src: string; file: string; where: string };

export type ReadOptions = {
  /** Include draft stories (the dev server does, so an editor can see one); the build leaves them out. */
  drafts?: boolean;
};

/** Texts that `npm run new` writes into a draft: a story that still has one is not published. */
export const PLACEHOLDER_MARK = 'TK:';

const WORDS_PER_MINUTE = 230;

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Zod's issues as problems: each names its field, and its line and column when the file format says where. */
function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => SourcePoint | undefined,
): Problem[] {
  return issues.flatMap((issue) => {
    // Name each unknown key as a field of its own, rather than "(root): Unrecognized key".
    const entries =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: [...issue.path, key], message: 'unknown field (not in the story schema)' }))
        : [{ path: issue.path, message: issue.message }];
    return entries.map(({ path, message }) => {
      const at = locate(path);
      return { message: `${describePath(path)}: ${message}`, ...(at ? { at } : {}) };
    });
  });
}

/** Where a JSON syntax error is, as line and column (Node 20's message gives only an offset). */
function describeJsonError(error: Error, source: string): string {
  const offset = /at position (\d+)/.exec(error.message)?.[1];
  if (offset === undefined || /line \d+/.test(error.message)) return error.message;
  const before = source.slice(0, Number(offset)).split('\n');
  return `${error.message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** A story file as read: the story, whether it is a draft, and where its values were written. */
type StoryFile = {
  story: Story;
  /** The file's path, and its path from the project root (for messages). */
  path: string;
  display: string;
  draft: boolean;
  locate: (path: readonly PropertyKey[]) => SourcePoint | undefined;
};

function parseStoryFile(file: string, display: string): StoryFile {
  const source = readFileSync(file, 'utf8');
  const expected = basename(file, extname(file));
  const slug = file.endsWith('.md') ? expected : undefined;
  let input: unknown;
  let draft = false;
  let locate: StoryFile['locate'] = () => undefined;
  if (slug !== undefined) {
    const problems: Problem[] = [];
    const compiled = compileMarkdown(source, problems);
    if (problems.length > 0) throw problemsError(display, problems, source);
    input = { slug, ...compiled.input };
    draft = compiled.draft;
    locate = (path) => (path[0] === 'slug' ? { line: 1, column: 1 } : compiled.locate(path));
  } else {
    try {
      input = JSON.parse(source);
    } catch (error) {
      throw new ContentError(`Story file ${display} is not valid JSON: ${describeJsonError(error as Error, source)}`);
    }
  }
  const result = storySchema.safeParse(input);
  if (!result.success) throw problemsError(display, issueProblems(result.error.issues, locate), source);
  if (result.data.slug !== expected) {
    throw new ContentError(
      `Story file ${display} is invalid:\n  - slug: "${result.data.slug}" must match the file name "${expected}"`,
    );
  }
  return { story: result.data, path: file, display, draft, locate };
}

/** Words the reader reads below the headline: the standfirst and every block of the body. */
export function countWords(story: Pick<Story, 'standfirst' | 'body'>): number {
  const texts = [story.standfirst, ...story.body.flatMap(blockTexts)];
  return texts.join(' ').split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(story: Pick<Story, 'standfirst' | 'body'>): number {
  return Math.max(1, Math.round(countWords(story) / WORDS_PER_MINUTE));
}

export function summarize(story: Story): StorySummary {
  const { slug, section, headline, datePublished, standfirst } = story;
  return { slug, section, headline, summary: standfirst, ...(datePublished ? { datePublished } : {}) };
}

/** Front-page order: editorial rank first, then newest first, then slug so the order is stable. */
export function compareStories(a: Story, b: Story): number {
  const rank = (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY);
  if (rank !== 0 && !Number.isNaN(rank)) return rank;
  const date = (b.datePublished ?? '').localeCompare(a.datePublished ?? '');
  if (date !== 0) return date;
  return a.slug.localeCompare(b.slug);
}

/** Every link and picture of a story, with its path in the story (as a schema issue would name it). */
function linksAndPictures(story: Story) {
  const links: { href: string; path: PropertyKey[] }[] = [];
  const pictures: { image: ImageSource; path: PropertyKey[] }[] = story.image
    ? [{ image: story.image, path: ['image'] }]
    : [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...path, i]);
      });
    } else if (value !== null && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      if (node.type === 'link' && typeof node.href === 'string') links.push({ href: node.href, path });
      if (node.type === 'image') pictures.push({ image: node as unknown as ImageSource, path });
      for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
    }
  };
  visit(story.body, ['body']);
  return { links, pictures };
}

const where = (file: StoryFile, path: readonly PropertyKey[], field?: string) => {
  const at = file.locate(path);
  const full = field ? [...path, field] : path;
  return describeProblem(file.display, { message: describePath(full), ...(at ? { at } : {}) });
};

function checkLinks(files: readonly StoryFile[], drafts: ReadonlySet<string>): void {
  const problems: string[] = [];
  const known = new Set(files.map((file) => file.story.slug));
  const missing = (slug: string) =>
    drafts.has(slug) ? `"${slug}" is a draft (not published)` : `no story has the slug "${slug}"`;
  for (const file of files) {
    const { story, display } = file;
    const seen = new Set<string>();
    story.related.forEach((slug, i) => {
      if (slug === story.slug) problems.push(`${display}: related[${i}]: a story cannot relate to itself`);
      else if (!known.has(slug)) problems.push(`${display}: related[${i}]: ${missing(slug)}`);
      if (seen.has(slug)) problems.push(`${display}: related[${i}]: "${slug}" is listed twice`);
      seen.add(slug);
    });
    for (const { href, path } of linksAndPictures(story).links) {
      const slug = linkedStorySlug(href);
      if (slug !== null && !known.has(slug))
        problems.push(`${where(file, path, 'href')}: link to ${href}: ${missing(slug)}`);
    }
  }
  if (problems.length > 0) throw new ContentError(`Story links are broken:\n  - ${problems.join('\n  - ')}`);
}

/** The file a picture's `src` names, or why it cannot be used: only files inside the content folder. */
function pictureFile(src: string, storyFile: string, dir: string): { file: string } | { problem: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return { problem: `"${src}" is a remote URL: save the picture beside the story file and write ./name.jpg` };
  }
  if (isAbsolute(src) || src.startsWith('/') || src.startsWith('\\')) {
    return { problem: `"${src}" is an absolute path: write the path from the story file, ./name.jpg` };
  }
  let decoded = src;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    return { problem: `"${src}" is not a valid file path` };
  }
  const file = resolve(dirname(storyFile), decoded);
  const inside = (path: string, root: string) => path === root || path.startsWith(root + sep);
  if (!inside(file, dir)) {
    return { problem: `"${src}" is outside the content folder: keep pictures beside the story file` };
  }
  if (!existsSync(file) || !statSync(file).isFile()) return { problem: `"${src}": no such file beside the story` };
  // A link inside the folder may still point out of it.
  if (!inside(realpathSync(file), realpathSync(dir))) {
    return { problem: `"${src}" links to a file outside the content folder: copy the picture into it` };
  }
  return { file };
}

function checkPictures(files: readonly StoryFile[], dir: string): PictureRef[] {
  const problems: string[] = [];
  const refs: PictureRef[] = [];
  for (const file of files) {
    for (const { image, path } of linksAndPictures(file.story).pictures) {
      const found = pictureFile(image.src, file.path, dir);
      const at = where(file, path, 'src');
      if ('problem' in found) problems.push(`${at}: ${found.problem}`);
      else refs.push({ slug: file.story.slug, src: image.src, file: found.file, where: at });
    }
  }
  if (problems.length > 0)
    throw new ContentError(`Story pictures are missing or not allowed:\n  - ${problems.join('\n  - ')}`);
  return refs;
}

/** A section label must give a page address, and one address must not be spelled two ways. */
function checkSections(files: readonly StoryFile[]): void {
  const problems: string[] = [];
  const first = new Map<string, { label: string; file: string }>();
  for (const { story, display: file } of files) {
    const name = sectionSlug(story.section);
    if (name === '' || name.length > MAX_SECTION_NAME_LENGTH) {
      problems.push(
        `${file}: section: "${story.section}" cannot name a section page: write it with letters a–z or digits, in at most ${MAX_SECTION_NAME_LENGTH} characters`,
      );
      continue;
    }
    const seen = first.get(name);
    if (!seen) first.set(name, { label: story.section, file });
    else if (seen.label !== story.section) {
      problems.push(
        `${file}: section: "${story.section}" and "${seen.label}" (${seen.file}) would share the page /section/${name}: spell the section the same way in both`,
      );
    }
  }
  if (problems.length > 0) throw new ContentError(`Story sections are invalid:\n  - ${problems.join('\n  - ')}`);
}

/** A list of summaries cut into index pages of FRONT_PAGE_SIZE; an empty list is one empty page. */
export function paginate(summaries: readonly StorySummary[]): FrontPage[] {
  const pageCount = Math.max(1, Math.ceil(summaries.length / FRONT_PAGE_SIZE));
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    stories: summaries.slice(i * FRONT_PAGE_SIZE, (i + 1) * FRONT_PAGE_SIZE),
  }));
}

/** Each section's index, in front-page order: the pages of /section/<name>. */
export function sectionPages(summaries: readonly StorySummary[]): SectionPage[] {
  const bySection = new Map<string, StorySummary[]>();
  for (const summary of summaries) {
    const name = sectionSlug(summary.section);
    const listed = bySection.get(name);
    if (listed) listed.push(summary);
    else bySection.set(name, [summary]);
  }
  return [...bySection]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([name, listed]) =>
      paginate(listed).map((page) => ({ ...page, section: { name, label: listed[0]?.section ?? name } })),
    );
}

/** A story that still has the placeholder text `npm run new` wrote is not ready to publish. */
function checkPlaceholders(file: StoryFile): void {
  const { story, display } = file;
  if (storyTexts(story).some((text) => text.includes(PLACEHOLDER_MARK)) || story.section.includes(PLACEHOLDER_MARK)) {
    throw new ContentError(
      `Story file ${display} still has placeholder text (${PLACEHOLDER_MARK} …): write the story, or mark it \`draft: true\``,
    );
  }
}

/**
 * Reads, validates and cross-checks a folder of story files (JSON and Markdown): everything but
 * making the pictures. Throws a ContentError naming the file, and where it can the line and
 * column, on the first malformed file.
 */
export function readContent(dir: string, root = process.cwd(), options: ReadOptions = {}): StoryContent {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json') || name.endsWith('.md'))
    .sort();
  if (names.length === 0) throw new ContentError(`No story files found in ${relative(root, dir) || dir}`);

  const files: StoryFile[] = [];
  const drafts: string[] = [];
  const draftSlugs = new Set<string>();
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const display = relative(root, join(dir, name));
    const file = parseStoryFile(join(dir, name), display);
    const previous = fileOf.get(file.story.slug);
    if (previous) throw new ContentError(`Duplicate slug "${file.story.slug}" in ${previous} and ${display}`);
    fileOf.set(file.story.slug, display);
    if (file.draft && !options.drafts) {
      drafts.push(display);
      draftSlugs.add(file.story.slug);
      continue;
    }
    if (!file.draft) checkPlaceholders(file);
    files.push(file);
  }
  if (files.length === 0) throw new ContentError(`Every story in ${relative(root, dir) || dir} is a draft`);
  checkLinks(files, draftSlugs);
  checkSections(files);
  const pictures = checkPictures(files, resolve(dir));

  const stories = files.map((file) => file.story).sort(compareStories);
  const summaries = stories.map(summarize);
  return { stories, summaries, fronts: paginate(summaries), sections: sectionPages(summaries), pictures, drafts };
}

type PictureBlock = Extract<Block, { type: 'image' }>;

/** A picture as the page shows it: its words, the variants made of its file, and how soon to fetch it. */
function built(image: ImageSource, made: RenderedPicture, priority?: PictureBlock['priority']): PictureBlock {
  const { alt, caption, credit } = image;
  return {
    type: 'image',
    alt,
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    width: made.width,
    height: made.height,
    variants: made.variants,
    ...(priority ? { priority } : {}),
  };
}

/**
 * Reads a folder of stories (see readContent), makes every picture's variants, and derives each
 * story's page: the story with its pictures built, its reading time and its related summaries.
 */
export async function loadContent(dir: string, root = process.cwd(), options: ReadOptions = {}): Promise<Content> {
  const content = readContent(dir, root, options);
  const made = new Map<string, RenderedPicture>();
  const problems: string[] = [];
  for (const ref of content.pictures) {
    const key = `${ref.slug}\u0000${ref.src}`;
    if (made.has(key)) continue;
    try {
      made.set(key, await renderPicture(ref.file, ref.slug));
    } catch (error) {
      if (!(error instanceof PictureError)) throw error;
      problems.push(`${ref.where}: "${ref.src}" ${error.message}`);
    }
  }
  if (problems.length > 0) throw new ContentError(`Story pictures cannot be used:\n  - ${problems.join('\n  - ')}`);

  const media = new Map<string, Buffer>();
  for (const picture of made.values()) for (const [file, bytes] of picture.files) media.set(file, bytes);
  const summaryOf = new Map(content.summaries.map((s) => [s.slug, s]));
  const pages = new Map<string, StoryPage>();
  for (const story of content.stories) {
    const picture = (image: ImageSource, priority?: PictureBlock['priority']) =>
      built(image, made.get(`${story.slug}\u0000${image.src}`) as RenderedPicture, priority);
    const inner = (source: Exclude<SourceBlock, { type: 'subsection' }>): Exclude<Block, { type: 'subsection' }> =>
      source.type === 'image' ? picture(source) : source;
    const block = (source: SourceBlock, i: number): Block => {
      if (source.type === 'subsection') return { ...source, blocks: source.blocks.map(inner) };
      // A picture that opens a story without a lead picture is in view at once: not lazy.
      if (source.type === 'image' && i === 0 && !story.image) return picture(source, 'eager');
      return inner(source);
    };
    const { image, body, ...rest } = story;
    pages.set(story.slug, {
      story: {
        ...rest,
        ...(image ? { image: picture(image, 'lead') } : {}),
        body: body.map(block),
        readingMinutes: readingMinutes(story),
      },
      related: story.related.map((slug) => summaryOf.get(slug) as StorySummary),
    });
  }
  return { ...content, pages, media };
}
