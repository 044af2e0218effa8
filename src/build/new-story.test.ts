// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadContent } from './content.ts';
import { newStory, slugify } from './new-story.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-new-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('makes the slug from the headline: lowercase words, accents dropped, joined by hyphens', () => {
  expect(slugify('Élection: «Résultats» & 2 votes — à Zürich!')).toBe('election-resultats-2-votes-a-zurich');
  expect(slugify('word '.repeat(100)).length).toBeLessThanOrEqual(120);
});

it('writes a draft the dev server shows and the build leaves out, with placeholders, not invented text', async () => {
  writeFileSync(
    join(dir, 'published.md'),
    '---\nsection: Test\nheadline: H\nstandfirst: S.\nrelated: []\n---\n\nText.\n',
  );
  const file = newStory('A synthetic: headline', dir);
  expect(file).toBe(join(dir, 'a-synthetic-headline.md'));
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^---\n#.*\ndraft: true\n/);
  expect(text).toContain('headline: "A synthetic: headline"');
  const dev = await loadContent(dir, dir, { drafts: true });
  expect(dev.stories.find((story) => story.slug === 'a-synthetic-headline')?.standfirst).toMatch(/^TK: /);
  const build = await loadContent(dir, dir);
  expect(build.stories.map((story) => story.slug)).toEqual(['published']);
  expect(build.drafts).toEqual(['a-synthetic-headline.md']);
});

it('refuses to overwrite a story that exists', () => {
  newStory('Same headline', dir);
  expect(() => newStory('Same headline', dir)).toThrow(/already exists/);
});
