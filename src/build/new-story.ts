import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { MAX_SLUG_LENGTH } from '../features/stories/slug.ts';
import { PLACEHOLDER_MARK } from './content.ts';
import { contentDir } from './folders.ts';

/*
 * `npm run new -- "A headline"`: a draft Markdown story with its slug (from the headline) and front
 * matter. It is `draft: true`, so `npm run dev` shows it and `npm run build` leaves it out; its
 * standfirst and body are placeholders marked `TK:` (newsroom shorthand for "to come"), and a
 * story that still has one is refused when it is published.
 */

/** Lowercase words joined by hyphens, accents dropped, at most the slug length (cut at a word). */
export function slugify(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug;
}

export function draftStory(headline: string): string {
  const front = stringify({
    draft: true,
    section: `${PLACEHOLDER_MARK} the section`,
    headline,
    standfirst: `${PLACEHOLDER_MARK} one or two sentences that say what happened.`,
    related: [],
  });
  return [
    '---',
    '# A draft: `npm run dev` shows it, `npm run build` leaves it out. Remove `draft: true` to publish.',
    front.trimEnd(),
    '---',
    '',
    `${PLACEHOLDER_MARK} write the story here, in paragraphs, with emphasis, links, quotes, lists,`,
    'pictures and subheadings as the README (Writing a story in Markdown) shows.',
    '',
  ].join('\n');
}

/** Writes the draft into the content folder; refuses to overwrite a story. Returns the file written. */
export function newStory(headline: string, dir = contentDir()): string {
  if (!headline.trim()) throw new Error('Give the headline: npm run new -- "A headline"');
  const slug = slugify(headline);
  if (!slug) throw new Error(`"${headline}" has no letters or digits to make a slug from`);
  const file = join(dir, `${slug}.md`);
  for (const existing of [file, join(dir, `${slug}.json`)]) {
    if (existsSync(existing))
      throw new Error(`${relative(process.cwd(), existing)} already exists: choose another headline`);
  }
  writeFileSync(file, draftStory(headline.trim()), { flag: 'wx' });
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const file = newStory(process.argv.slice(2).join(' '));
    console.log(`Wrote ${relative(process.cwd(), file)} (a draft). Run \`npm run dev\` to see it as you write.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
