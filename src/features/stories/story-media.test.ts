import { paragraph } from '@tests/support/stories';
import { describe, expect, it } from 'vitest';
import { offlinePictureUrls, picturePrefix } from './story-media';
import type { Block } from './story-schema';

const picture = (name: string, fallback: 'jpeg' | 'png' = 'jpeg'): Extract<Block, { type: 'image' }> => ({
  type: 'image',
  alt: `Synthetic ${name}`,
  width: 736,
  height: 414,
  variants: [
    { format: 'avif', width: 368, src: `/media/s/${name}-368-0000000a.avif` },
    { format: 'avif', width: 736, src: `/media/s/${name}-736-0000000b.avif` },
    { format: fallback, width: 736, src: `/media/s/${name}-736-0000000c.${fallback === 'png' ? 'png' : 'jpg'}` },
    { format: fallback, width: 368, src: `/media/s/${name}-368-0000000d.${fallback === 'png' ? 'png' : 'jpg'}` },
  ],
});

describe('the pictures kept with a story for offline reading', () => {
  it('are one file of each picture, lead first, then the body and its subsections: the narrowest every browser shows', () => {
    const lead = { ...picture('lead'), priority: 'lead' as const };
    const urls = offlinePictureUrls({
      image: lead,
      body: [
        paragraph('Text.'),
        picture('first', 'png'),
        { type: 'subsection', heading: '“Heading”', blocks: [picture('inner')] },
      ],
    });
    expect(urls).toEqual([
      '/media/s/lead-368-0000000d.jpg',
      '/media/s/first-368-0000000d.png',
      '/media/s/inner-368-0000000d.jpg',
    ]);
  });

  it('are none for a story without pictures', () => {
    expect(offlinePictureUrls({ body: [paragraph('Text.')] })).toEqual([]);
  });

  it('stand in for any variant of their picture, and only of theirs', () => {
    const kept = '/media/s/lead-368-0000000d.jpg';
    expect(picturePrefix('/media/s/lead-1472-0123abcd.avif')).toBe(picturePrefix(kept));
    expect(picturePrefix('/media/s/lead-two-368-0123abcd.avif')).not.toBe(picturePrefix(kept));
    expect(picturePrefix('/media/other/lead-368-0123abcd.avif')).not.toBe(picturePrefix(kept));
    expect(picturePrefix('/assets/lead-368-0123abcd.js')).toBeUndefined();
  });
});
