import { paragraph } from '@tests/support/stories';
import { expect, it } from 'vitest';
import { storyMediaUrls } from './story-media';
import type { Block } from './story-schema';

const picture = (name: string): Extract<Block, { type: 'image' }> => ({
  type: 'image',
  alt: `Synthetic ${name}`,
  width: 736,
  height: 414,
  variants: [
    { format: 'avif', width: 368, src: `/media/s/${name}-368.a.avif` },
    { format: 'jpeg', width: 736, src: `/media/s/${name}-736.b.jpg` },
  ],
});

it('lists every variant of the lead picture and of each picture in the body and its subsections, once each', () => {
  const lead = { ...picture('lead'), priority: 'lead' as const };
  const urls = storyMediaUrls({
    image: lead,
    body: [
      paragraph('Text.'),
      picture('first'),
      { type: 'subsection', heading: '“Heading”', blocks: [picture('inner'), picture('first')] },
    ],
  });
  expect(urls).toEqual([
    '/media/s/lead-368.a.avif',
    '/media/s/lead-736.b.jpg',
    '/media/s/first-368.a.avif',
    '/media/s/first-736.b.jpg',
    '/media/s/inner-368.a.avif',
    '/media/s/inner-736.b.jpg',
  ]);
});

it('lists nothing for a story without pictures', () => {
  expect(storyMediaUrls({ body: [paragraph('Text.')] })).toEqual([]);
});
