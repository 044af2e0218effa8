import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { FRONT_PAGE_SIZE } from '../features/stories/api/data-files.ts';
import { MAX_SECTION_NAME_LENGTH, sectionSlug } from '../features/stories/section-slug.ts';
import {
  type FrontPage,
  type SectionPage,
  type Story,
  type StoryPage,
  type StorySummary,
  storySchema,
} from '../features/stories/story-schema.ts';
import { blockTexts } from '../features/stories/story-text.ts';

/** Thrown when a story file is malformed; the message names the file and every bad field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

export type Content = {
  stories: Story[];
  summaries: StorySummary[];
  pages: Map<string, StoryPage>;
  fronts: FrontPage[];
  /** Every page of every section's index, section by section (by name), page by page. */
  sections: SectionPage[];
};

const WORDS_PER_MINUTE = 230;

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.flatMap((issue) =>
    // Name each unknown key as a field of its own, rather than "(root): Unrecognized key".
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `  - ${describePath([...issue.path, key])}: unknown field (not in the story schema)`)
      : [`  - ${describePath(issue.path)}: ${issue.message}`],
  );
  return `Story file ${file} is invalid:\n${lines.join('\n')}`;
}

/** Where a JSON syntax error is, as line and column (Node 20's message gives only an offset). */
function describeJsonError(error: Error, source: string): string {
  const offset = /at position (\d+)/.exec(error.message)?.[1];
  if (offset === undefined || /line \d+/.test(error.message)) return error.message;
  const before = source.slice(0, Number(offset)).split('\n');
  return `${error.message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

function parseStoryFile(file: string, displayName: string): Story {
  const source = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new ContentError(`Story file ${displayName} is not valid JSON: ${describeJsonError(error as Error, source)}`);
  }
  const result = storySchema.safeParse(json);
  if (!result.success) throw new ContentError(formatIssues(displayName, result.error.issues));
  const expected = basename(file, '.json');
  if (result.data.slug !== expected) {
    throw new ContentError(
      `Story file ${displayName} is invalid:\n  - slug: "${result.data.slug}" must match the file name "${expected}"`,
    );
  }
  return result.data;
}

/** Words the reader reads below the headline: the standfirst and every block of the body. */
export function countWords(story: Story): number {
  const texts = [story.standfirst, ...story.body.flatMap(blockTexts)];
  return texts.join(' ').split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(story: Story): number {
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

function checkLinks(stories: Story[], fileOf: Map<string, string>): void {
  const problems: string[] = [];
  const known = new Set(stories.map((s) => s.slug));
  for (const story of stories) {
    const file = fileOf.get(story.slug);
    const seen = new Set<string>();
    story.related.forEach((slug, i) => {
      if (slug === story.slug) problems.push(`${file}: related[${i}]: a story cannot relate to itself`);
      else if (!known.has(slug)) problems.push(`${file}: related[${i}]: no story has the slug "${slug}"`);
      if (seen.has(slug)) problems.push(`${file}: related[${i}]: "${slug}" is listed twice`);
      seen.add(slug);
    });
  }
  if (problems.length > 0) throw new ContentError(`Story links are broken:\n  - ${problems.join('\n  - ')}`);
}

/** A section label must give a page address, and one address must not be spelled two ways. */
function checkSections(stories: Story[], fileOf: Map<string, string>): void {
  const problems: string[] = [];
  const first = new Map<string, { label: string; file: string | undefined }>();
  for (const story of stories) {
    const file = fileOf.get(story.slug);
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

/**
 * Reads, validates and derives everything the app needs from a folder of story files.
 * Throws a ContentError naming the file and field on the first malformed file.
 */
export function loadContent(dir: string, root = process.cwd()): Content {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new ContentError(`No story files found in ${relative(root, dir) || dir}`);

  const stories: Story[] = [];
  const fileOf = new Map<string, string>();
  for (const name of files) {
    const display = relative(root, join(dir, name));
    const story = parseStoryFile(join(dir, name), display);
    const previous = fileOf.get(story.slug);
    if (previous) throw new ContentError(`Duplicate slug "${story.slug}" in ${previous} and ${display}`);
    fileOf.set(story.slug, display);
    stories.push(story);
  }
  checkLinks(stories, fileOf);
  checkSections(stories, fileOf);

  stories.sort(compareStories);
  const summaries = stories.map(summarize);
  const summaryOf = new Map(summaries.map((s) => [s.slug, s]));

  const pages = new Map<string, StoryPage>();
  for (const story of stories) {
    pages.set(story.slug, {
      story: { ...story, readingMinutes: readingMinutes(story) },
      related: story.related.map((slug) => summaryOf.get(slug) as StorySummary),
    });
  }

  return { stories, summaries, pages, fronts: paginate(summaries), sections: sectionPages(summaries) };
}
