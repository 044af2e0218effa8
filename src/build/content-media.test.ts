// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradient } from '@tests/support/authoring-site';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, loadContent, PLACEHOLDER_MARK } from './content.ts';
import { MAX_INPUT_PIXELS, PICTURE_WIDTHS, variantWidths } from './media.ts';

/*
 * The content folder as an editor fills it: Markdown and JSON stories with pictures beside them,
 * in a temporary folder. Pictures are gradients made here.
 */

let dir: string;
const root = tmpdir();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-content-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const FRONT = (extra = '') =>
  `---\nsection: Test\nheadline: A synthetic headline\nstandfirst: A synthetic standfirst.\nrelated: []\n${extra}---\n\n`;

function write(name: string, text: string) {
  writeFileSync(join(dir, name), text);
}

async function errorOf(): Promise<string> {
  try {
    await loadContent(dir, root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('the content loaded without an error');
}

describe('links between stories', () => {
  it('fails the build for a link to a story that does not exist, naming the file, line and column', async () => {
    write('linking.md', `${FRONT()}Text.\n\nSee [it](/story/no-such-story).\n`);
    expect(await errorOf()).toMatch(
      /linking\.md:10:5: body\[1\]\.content\[1\]\.href: link to \/story\/no-such-story: no story has the slug "no-such-story"/,
    );
  });

  it('fails for a link to a draft, saying it is not published', async () => {
    write('linking.md', `${FRONT()}See [it](/story/unfinished).\n`);
    write('unfinished.md', `${FRONT('draft: true\n')}Text.\n`);
    expect(await errorOf()).toMatch(/"unfinished" is a draft \(not published\)/);
  });

  it('checks the links of JSON stories too, naming the field', async () => {
    write(
      'linking.json',
      JSON.stringify({
        slug: 'linking',
        section: 'S',
        headline: 'H',
        standfirst: 'S.',
        related: [],
        body: [
          {
            type: 'paragraph',
            content: [{ type: 'link', href: '/story/nowhere', children: [{ type: 'text', text: 'x' }] }],
          },
        ],
      }),
    );
    expect(await errorOf()).toMatch(/linking\.json: body\[0\]\.content\[0\]\.href: link to \/story\/nowhere/);
  });
});

describe('drafts and placeholders', () => {
  it('leaves a draft out of the build, and shows it when asked (the dev server)', async () => {
    write('published.md', `${FRONT()}Text.\n`);
    write('unfinished.md', `${FRONT('draft: true\n')}Text.\n`);
    const built = await loadContent(dir, root);
    expect(built.stories.map((story) => story.slug)).toEqual(['published']);
    expect(built.drafts).toEqual([expect.stringMatching(/unfinished\.md$/)]);
    expect((await loadContent(dir, root, { drafts: true })).stories).toHaveLength(2);
  });

  it('refuses to publish a story that still has placeholder text', async () => {
    write('published.md', `${FRONT()}${PLACEHOLDER_MARK} write the story here.\n`);
    expect(await errorOf()).toMatch(/published\.md still has placeholder text/);
  });
});

describe('pictures', () => {
  it('makes AVIF, WebP and JPEG variants at each width up to the original, with the picture’s proportions', async () => {
    await gradient(join(dir, 'wide.jpg'), 1200, 600, 3);
    write('pictured.md', `${FRONT()}![A synthetic gradient](./wide.jpg "Caption"){credit="Test"}\n`);
    const content = await loadContent(dir, root);
    const block = content.pages.get('pictured')?.story.body[0];
    if (block?.type !== 'image') throw new Error('no picture block');
    expect(block).toMatchObject({
      alt: 'A synthetic gradient',
      caption: 'Caption',
      credit: 'Test',
      width: 1200,
      height: 600,
      priority: 'eager',
    });
    expect(block.variants.map((v) => `${v.format} ${v.width}`)).toEqual(
      [368, 736, 1104, 1200].flatMap((width) => [`avif ${width}`, `webp ${width}`, `jpeg ${width}`]),
    );
    for (const variant of block.variants) {
      expect(variant.src).toMatch(/^\/media\/pictured\/wide-\d+-[0-9a-f]{8}\.(avif|webp|jpg)$/);
      const bytes = content.media.get(variant.src.slice(1));
      if (!bytes) throw new Error(`${variant.src} was not made`);
      const meta = await sharp(bytes).metadata();
      expect(meta.width).toBe(variant.width);
      expect(meta.height).toBe(variant.width / 2);
      expect(meta.format).toBe(variant.format === 'avif' ? 'heif' : variant.format);
    }
    // The original is not among the files the site ships.
    expect([...content.media.keys()].some((file) => file.endsWith('wide.jpg'))).toBe(false);
  });

  it('keeps transparency with a PNG fallback, and never enlarges a small picture', async () => {
    await gradient(join(dir, 'small.png'), 300, 200, 4);
    write('pictured.md', `${FRONT()}Text first.\n\n![A synthetic gradient](./small.png)\n`);
    const block = (await loadContent(dir, root)).pages.get('pictured')?.story.body[1];
    if (block?.type !== 'image') throw new Error('no picture block');
    expect(block.variants.map((v) => `${v.format} ${v.width}`)).toEqual(['avif 300', 'webp 300', 'png 300']);
    expect(block.priority).toBeUndefined();
  });

  it('makes at most four widths, the largest twice the column', () => {
    expect(variantWidths(5000)).toEqual([...PICTURE_WIDTHS]);
    expect(variantWidths(500)).toEqual([368, 500]);
  });

  it('marks the lead picture for fetching first', async () => {
    await gradient(join(dir, 'lead.jpg'), 800, 450, 3);
    write('pictured.md', `${FRONT('image:\n  src: ./lead.jpg\n  alt: A synthetic gradient\n')}Text.\n`);
    const story = (await loadContent(dir, root)).pages.get('pictured')?.story;
    expect(story?.image).toMatchObject({
      type: 'image',
      alt: 'A synthetic gradient',
      priority: 'lead',
      width: 800,
      height: 450,
    });
  });

  const refusals: [string, string, RegExp][] = [
    ['a remote URL', 'https://example.com/picture.jpg', /is a remote URL: save the picture beside the story file/],
    ['an absolute path', '/etc/picture.jpg', /is an absolute path: write the path from the story file/],
    ['a path out of the content folder', '../picture.jpg', /is outside the content folder/],
    ['a missing file', './nowhere.jpg', /no such file beside the story/],
  ];
  it.each(refusals)('refuses %s, naming the file, line and column', async (_name, src, message) => {
    write('pictured.md', `${FRONT()}Text.\n\n![A synthetic gradient](${src})\n`);
    const error = await errorOf();
    expect(error).toMatch(/pictured\.md:10:1: body\[1\]\.src: /);
    expect(error).toMatch(message);
  });

  it('refuses a link inside the folder that points out of it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'broadsheet-outside-'));
    try {
      await gradient(join(outside, 'secret.jpg'), 100, 100, 3);
      symlinkSync(join(outside, 'secret.jpg'), join(dir, 'linked.jpg'));
      write('pictured.md', `${FRONT()}![A synthetic gradient](./linked.jpg)\n`);
      expect(await errorOf()).toMatch(/links to a file outside the content folder/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a picture whatever its extension says', async () => {
    write('fake.jpg', 'This is text, not a JPEG.');
    write('pictured.md', `${FRONT()}![A synthetic gradient](./fake.jpg)\n`);
    expect(await errorOf()).toMatch(
      /pictured\.md:8:1: body\[0\]\.src: "\.\/fake\.jpg" is not an image file: use a JPEG, PNG, WebP or AVIF picture/,
    );
  });

  it('refuses a picture type that is not allowed (an SVG, which can carry script)', async () => {
    write(
      'drawing.jpg',
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    );
    write('pictured.md', `${FRONT()}![A synthetic drawing](./drawing.jpg)\n`);
    expect(await errorOf()).toMatch(/is SVG, not a JPEG, PNG, WebP or AVIF picture/);
  });

  it('refuses a decompression bomb: a small file of too many pixels fails the build, not the machine', async () => {
    // A few kilobytes of PNG that would decode to 256 million pixels.
    const side = 16_000;
    const bomb = await sharp({ create: { width: side, height: side, channels: 3, background: { r: 0, g: 0, b: 0 } } })
      .png({ compressionLevel: 9, palette: false })
      .toBuffer();
    expect(bomb.length).toBeLessThan(2_000_000);
    expect(side * side).toBeGreaterThan(MAX_INPUT_PIXELS);
    writeFileSync(join(dir, 'bomb.png'), bomb);
    write('pictured.md', `${FRONT()}![A synthetic bomb](./bomb.png)\n`);
    expect(await errorOf()).toMatch(/is 16000 × 16000 pixels, more than the limit of 50 megapixels/);
  }, 60_000);
});

describe('files in the first shape', () => {
  it('builds a JSON story whose paragraphs are plain text strings, each one text node', async () => {
    mkdirSync(join(dir, 'nested'), { recursive: true });
    write(
      'plain.json',
      JSON.stringify({
        slug: 'plain',
        section: 'S',
        headline: 'H',
        standfirst: 'S.',
        related: [],
        body: [{ type: 'paragraph', text: ' Plain text. ' }],
      }),
    );
    const page = (await loadContent(dir, root)).pages.get('plain');
    expect(page?.story.body).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Plain text.' }] }]);
  });
});
