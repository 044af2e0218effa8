// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Problem } from './content-error.ts';
import { compileMarkdown } from './markdown.ts';

const FRONT =
  '---\nsection: Test\nheadline: A synthetic headline\nstandfirst: A synthetic standfirst.\nrelated: []\n---\n';
/** The line of the first body line in `story()`: after the 6 lines of front matter and a blank line. */
const BODY_LINE = 8;

const story = (body: string) => `${FRONT}\n${body}\n`;

function compile(source: string) {
  const problems: Problem[] = [];
  const { input, draft } = compileMarkdown(source, problems);
  return { input, draft, problems, body: input.body as unknown[] };
}

const text = (value: string, marks?: string[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('the Markdown → blocks mapping', () => {
  it('reads the front matter into the story fields', () => {
    const { input, draft, problems } = compile(`---
section: World
headline: "A headline: with a colon"
standfirst: The standfirst.
related: [other-story]
rank: 3
datePublished: 2030-01-02T03:04:05+01:00
byline: Test Writer
---

Text.
`);
    expect(problems).toEqual([]);
    expect(draft).toBe(false);
    expect(input).toMatchObject({
      section: 'World',
      headline: 'A headline: with a colon',
      standfirst: 'The standfirst.',
      related: ['other-story'],
      rank: 3,
      datePublished: '2030-01-02T03:04:05+01:00',
      byline: 'Test Writer',
    });
  });

  it('makes a paragraph of text nodes, joining the source lines with a space', () => {
    expect(compile(story('One line\nand the next.')).body).toEqual([
      { type: 'paragraph', content: [text('One line and the next.')] },
    ]);
  });

  it('marks *emphasis*, **strong** and both, and keeps a hard line break', () => {
    expect(compile(story('A *b* **c** ***d***  \ne')).body).toEqual([
      {
        type: 'paragraph',
        content: [
          text('A '),
          text('b', ['em']),
          text(' '),
          text('c', ['strong']),
          text(' '),
          text('d', ['em', 'strong']),
          { type: 'break' },
          text('e'),
        ],
      },
    ]);
  });

  it('makes [links](url) link nodes whose text keeps its marks', () => {
    expect(
      compile(story('See [the *other* story](/story/other-story) or [a site](https://example.com/page).')).body,
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          text('See '),
          { type: 'link', href: '/story/other-story', children: [text('the '), text('other', ['em']), text(' story')] },
          text(' or '),
          { type: 'link', href: 'https://example.com/page', children: [text('a site')] },
          text('.'),
        ],
      },
    ]);
  });

  it('leaves a bare URL as text', () => {
    expect(compile(story('Visit www.example.com today.')).body).toEqual([
      { type: 'paragraph', content: [text('Visit www.example.com today.')] },
    ]);
  });

  it('opens a subsection at each ## heading, a pull quote when the heading is a quotation', () => {
    const { body, problems } = compile(
      story('Intro.\n\n## “A quoted heading”\n\nOne.\n\n## A plain heading\n\nTwo.\n\n---\n\nThree.'),
    );
    expect(problems).toEqual([]);
    expect(body).toEqual([
      { type: 'paragraph', content: [text('Intro.')] },
      { type: 'subsection', heading: '“A quoted heading”', blocks: [{ type: 'paragraph', content: [text('One.')] }] },
      {
        type: 'subsection',
        heading: 'A plain heading',
        style: 'subhead',
        blocks: [
          { type: 'paragraph', content: [text('Two.')] },
          { type: 'divider' },
          { type: 'paragraph', content: [text('Three.')] },
        ],
      },
    ]);
  });

  it('makes a quote of > lines, its last “— Name, role” line the attribution', () => {
    expect(compile(story('> Quoted *words*,\n> on two lines.\n> — Test Speaker, synthetic role')).body).toEqual([
      {
        type: 'quote',
        paragraphs: [[text('Quoted '), text('words', ['em']), text(', on two lines.')]],
        attribution: 'Test Speaker, synthetic role',
      },
    ]);
    expect(compile(story('> One.\n>\n> Two.\n>\n> -- Test Speaker')).body).toEqual([
      { type: 'quote', paragraphs: [[text('One.')], [text('Two.')]], attribution: 'Test Speaker' },
    ]);
    expect(compile(story('> No attribution.')).body).toEqual([
      { type: 'quote', paragraphs: [[text('No attribution.')]] },
    ]);
  });

  it('makes - and 1. lists, keeping the first number of an ordered list', () => {
    expect(compile(story('- one\n- **two**\n\n1. first\n2. second\n\nBetween.\n\n5. fifth')).body).toEqual([
      { type: 'list', ordered: false, items: [[text('one')], [text('two', ['strong'])]] },
      { type: 'list', ordered: true, items: [[text('first')], [text('second')]] },
      { type: 'paragraph', content: [text('Between.')] },
      { type: 'list', ordered: true, start: 5, items: [[text('fifth')]] },
    ]);
  });

  it('makes ![alt](file "Caption"){credit="…"} an image block', () => {
    expect(compile(story('![A synthetic gradient](./gradient.png "The caption"){credit="Test Credit"}')).body).toEqual([
      {
        type: 'image',
        src: './gradient.png',
        alt: 'A synthetic gradient',
        caption: 'The caption',
        credit: 'Test Credit',
      },
    ]);
    expect(compile(story('![A synthetic gradient](./gradient.png)')).body).toEqual([
      { type: 'image', src: './gradient.png', alt: 'A synthetic gradient' },
    ]);
  });

  it('reads `draft: true`', () => {
    expect(compile(`---\ndraft: true\nsection: Test\n---\n\nText.\n`).draft).toBe(true);
  });
});

describe('what the mapping refuses, with the line and column and what to write instead', () => {
  const cases: [string, string, number, number, RegExp][] = [
    [
      'raw HTML',
      'Some <b>bold</b> text.',
      BODY_LINE,
      6,
      /raw HTML is not allowed: write the text, or use \*emphasis\*/,
    ],
    ['an HTML block', '<div>\nBlock\n</div>', BODY_LINE, 1, /raw HTML is not allowed/],
    [
      'a table',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      BODY_LINE,
      1,
      /tables are not supported: write the figures as a list/,
    ],
    [
      'a footnote',
      'Text.[^1]\n\n[^1]: The note.',
      BODY_LINE,
      6,
      /footnotes are not supported: put the note in the text/,
    ],
    [
      'a picture without alt text',
      '![](./picture.jpg)',
      BODY_LINE,
      1,
      /a picture needs alt text that says what it shows/,
    ],
    [
      'a picture inside a sentence',
      'Text ![alt](./picture.jpg) more.',
      BODY_LINE,
      6,
      /a picture stands in a paragraph of its own/,
    ],
    ['text after a picture', '![alt](./picture.jpg) More text.', BODY_LINE, 22, /only a credit may follow a picture/],
    ['a javascript: link', 'A [link](javascript:alert(1)).', BODY_LINE, 3, /javascript: links are not allowed/],
    ['a data: link', 'A [link](data:text/html,hi).', BODY_LINE, 3, /data: links are not allowed/],
    ['a vbscript: link', 'A [link](vbscript:msgbox).', BODY_LINE, 3, /vbscript: links are not allowed/],
    [
      'a protocol-relative link',
      'A [link](//example.com/x).',
      BODY_LINE,
      3,
      /protocol-relative links .* are not allowed: write https:/,
    ],
    ['a relative link', 'A [link](other-page).', BODY_LINE, 3, /is a relative link: write \/story\/<slug>/],
    [
      'a malformed story link',
      'A [link](/story/Not_A_Slug).',
      BODY_LINE,
      3,
      /is not a story link: write \/story\/<slug>/,
    ],
    [
      'a # heading',
      '# Heading\n\nText.',
      BODY_LINE,
      1,
      /the headline is `headline:` in the front matter: open a subsection with ##/,
    ],
    [
      'a ### heading',
      '### Heading\n\nText.',
      BODY_LINE,
      1,
      /only ## headings are supported .*: write ## instead of ###/,
    ],
    ['an empty subsection', '## Heading', BODY_LINE, 1, /a ## heading opens a subsection: write its text under it/],
    ['a code block', '```\ncode\n```', BODY_LINE, 1, /code blocks are not supported/],
    ['inline code', 'Some `code`.', BODY_LINE, 6, /inline code .* is not supported/],
    ['strikethrough', 'Some ~~old~~ text.', BODY_LINE, 6, /strikethrough .* is not supported/],
    ['a nested list', '- one\n  - nested', BODY_LINE + 1, 3, /a list item is one paragraph of text: nested lists/],
    ['a task list', '- [ ] todo', BODY_LINE, 1, /task lists .* are not supported/],
    [
      'a reference link',
      'A [link][ref].\n\n[ref]: https://example.com',
      BODY_LINE,
      3,
      /reference links .* are not supported/,
    ],
  ];

  it.each(cases)('refuses %s', (_name, body, line, column, message) => {
    const { problems } = compile(story(body));
    expect(problems).toContainEqual({ message: expect.stringMatching(message), at: { line, column } });
  });

  it('refuses a front-matter field that is not in the schema, at its line', () => {
    const { problems } = compile('---\nsection: Test\nauthor: Someone\n---\n\nText.\n');
    expect(problems).toEqual([
      {
        message: expect.stringMatching(/^unknown front-matter field "author": the fields are section, headline/),
        at: { line: 3, column: 1 },
      },
    ]);
  });

  it('refuses a slug in the front matter: the slug is the file name', () => {
    const { problems } = compile('---\nslug: other\n---\n\nText.\n');
    expect(problems).toEqual([
      { message: expect.stringMatching(/the slug is the file name/), at: { line: 2, column: 1 } },
    ]);
  });

  it('refuses front matter that is not valid YAML, at the line of the mistake', () => {
    const { problems } = compile('---\nsection: Test\nheadline: one: two\n---\n\nText.\n');
    expect(problems[0]).toMatchObject({ message: expect.stringMatching(/not valid YAML/), at: { line: 3 } });
  });

  it('refuses a file without front matter', () => {
    expect(compile('Just text.\n').problems).toEqual([
      { message: expect.stringMatching(/starts with its front matter/), at: { line: 1, column: 1 } },
    ]);
  });

  it('reports every problem of a file, not only the first', () => {
    const messages = compile(story('<i>a</i>\n\n| a |\n|---|\n| 1 |\n\n![](./x.jpg)')).problems.map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^raw HTML/),
      expect.stringMatching(/^raw HTML/),
      expect.stringMatching(/^tables/),
      expect.stringMatching(/^a picture needs alt text/),
    ]);
  });
});

it('the lead story written in Markdown compiles to exactly the shipped JSON', () => {
  const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
  const slug = 'russia-begins-mobilization-men-flee';
  const { input, problems } = compile(read(`../../tests/fixtures/markdown-lead/${slug}.md`));
  expect(problems).toEqual([]);
  expect({ slug, ...input }).toStrictEqual(JSON.parse(read(`../content/stories/${slug}.json`)));
});
