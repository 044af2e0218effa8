// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { summary } from '@tests/support/stories';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, readContent, sectionPages } from './content.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url));

/** The message loadContent throws for a fixture folder (the test fails if it does not throw a ContentError). */
async function errorFor(name: string): Promise<string> {
  try {
    await loadContent(fixture(name), root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error(`tests/fixtures/${name} loaded without an error`);
}

describe('loadContent', () => {
  it('accepts well-formed stories and links each one to its related summaries', async () => {
    const content = await loadContent(fixture('valid'), root);
    expect(content.stories.map((story) => story.slug)).toEqual(['first-story', 'second-story']);
    expect(content.pages.get('first-story')?.related.map((summary) => summary.slug)).toEqual(['second-story']);
  });

  // Each case: the fixture folder, the file the message must name, and the field path it must name.
  const cases = [
    [
      'wrong-types',
      'wrong-types.json',
      ['headline: Invalid input: expected string', 'rank: Invalid input: expected number'],
    ],
    ['missing-field', 'missing-field.json', ['standfirst: Invalid input: expected string, received undefined']],
    ['unknown-block', 'unknown-block.json', ['body[1].type:']],
    ['unknown-field', 'unknown-field.json', ['author: unknown field']],
    ['empty-text', 'empty-text.json', ['body[0].blocks[1].text: must not be empty']],
    ['bad-slug', 'Bad_Slug.json', ['slug: must be lowercase words joined by hyphens']],
    ['slug-mismatch', 'file-name.json', ['slug: "another-name" must match the file name "file-name"']],
    // A slug must equal its file name, so a second file claiming a slug is caught by that rule.
    ['duplicate-slugs', 'same-story-copy.json', ['slug: "same-story" must match the file name "same-story-copy"']],
    ['related-nowhere', 'linking-story.json', ['related[0]: no story has the slug "no-such-story"']],
    ['related-self', 'lonely-story.json', ['related[0]: a story cannot relate to itself']],
    ['related-twice', 'first-story.json', ['related[1]: "second-story" is listed twice']],
    ['invalid-json', 'broken-json.json', ['is not valid JSON', '(line 5, column 3)']],
    [
      'section-unnamed',
      'no-letters.json',
      ['section: "???" cannot name a section page: write it with letters a–z or digits'],
    ],
    [
      'section-two-spellings',
      'second-spelling.json',
      [
        '"test desk" and "Test Desk" (tests/fixtures/section-two-spellings/first-spelling.json) would share the page /section/test-desk',
      ],
    ],
  ] as const;

  it.each(cases)('rejects the %s fixture, naming %s and the field', async (name, file, fragments) => {
    const message = await errorFor(name);
    expect(message).toContain(`tests/fixtures/${name}/${file}`);
    for (const fragment of fragments) expect(message).toContain(fragment);
  });

  it('names every bad field of a file, not only the first', async () => {
    expect((await errorFor('wrong-types')).match(/^ {2}- /gm)).toHaveLength(2);
  });

  it('fails on an empty folder, saying there are no stories', async () => {
    await expect(loadContent(fixture('valid/..'), root)).rejects.toThrow(/No story files found in tests\/fixtures/);
  });
});

describe('section pages', () => {
  it('list each section’s stories in front-page order, under the label the stories give', () => {
    const content = readContent(fixture('valid'), root);
    expect(content.sections).toEqual([
      { page: 1, pageCount: 1, section: { name: 'news', label: 'News' }, stories: content.summaries },
    ]);
  });

  it('are cut into pages of 20, section by section', () => {
    const summaries = Array.from({ length: 45 }, (_, i) =>
      summary(`story-${i}`, { section: i % 3 === 0 ? 'Test Desk' : 'Other' }),
    );
    const pages = sectionPages(summaries);
    expect(pages.map((page) => [page.section.name, page.page, page.pageCount, page.stories.length])).toEqual([
      ['other', 1, 2, 20],
      ['other', 2, 2, 10],
      ['test-desk', 1, 1, 15],
    ]);
    // Nothing lost, nothing repeated, order kept.
    expect(pages.filter((page) => page.section.name === 'other').flatMap((page) => page.stories)).toEqual(
      summaries.filter((story) => story.section === 'Other'),
    );
  });
});
