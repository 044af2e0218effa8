import { act, render, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@tests/support/render';
import { paragraph } from '@tests/support/stories';
import { describe, expect, it } from 'vitest';
import type { Block } from '../story-schema';
import { StoryBody } from './story-body';

describe('StoryBody', () => {
  it('shows each paragraph as a paragraph of text', () => {
    render(<StoryBody blocks={[paragraph('One.'), paragraph('Two.')]} />);
    expect(screen.getByText('One.').tagName).toBe('P');
    expect(screen.getByText('Two.').tagName).toBe('P');
  });

  it('opens a subsection with its quote as a level-2 heading followed by its paragraphs', () => {
    render(
      <StoryBody
        blocks={[
          {
            type: 'subsection',
            heading: '“Protest or Surrender”',
            blocks: [paragraph('Inside the subsection.')],
          },
        ]}
      />,
    );
    const heading = screen.getByRole('heading', { level: 2, name: '“Protest or Surrender”' });
    const section = screen.getByRole('region', { name: '“Protest or Surrender”' });
    expect(within(section).getByText('Inside the subsection.')).toBeInTheDocument();
    expect(section.firstElementChild).toBe(heading);
  });

  it('shows markup in story text as literal text, never as HTML', () => {
    const { container } = render(<StoryBody blocks={[paragraph('<img src=x onerror="alert(1)"> and <b>bold</b>')]} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"> and <b>bold</b>')).toBeInTheDocument();
  });

  it('renders nothing for a brief, which has no body', () => {
    const { container } = render(<StoryBody blocks={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

const text = (value: string, marks?: ('em' | 'strong')[]) => ({
  type: 'text' as const,
  text: value,
  ...(marks ? { marks } : {}),
});
const picture = {
  type: 'image' as const,
  alt: 'A synthetic gradient',
  caption: 'A caption.',
  credit: 'Test Credit',
  width: 1472,
  height: 981,
  variants: (['avif', 'webp', 'jpeg'] as const).flatMap((format) =>
    [368, 1472].map((width) => ({ format, width, src: `/media/s/gradient-${width}.hash.${format}` })),
  ),
};

describe('StoryBody with inline marks, links, quotes, lists, dividers and pictures', () => {
  /** Renders inside an awaited act, as React asks of anything that may suspend. */
  async function renderBlocks(blocks: Block[]) {
    let result: ReturnType<typeof renderWithProviders> | undefined;
    await act(async () => {
      result = renderWithProviders(<StoryBody blocks={blocks} />);
    });
    return result as ReturnType<typeof renderWithProviders>;
  }

  it('shows emphasis, strong text and a line break inside a paragraph', async () => {
    const { container } = await renderBlocks([
      {
        type: 'paragraph',
        content: [
          text('Plain, '),
          text('stressed', ['em']),
          text(' and '),
          text('bold', ['strong']),
          { type: 'break' },
          text('next line'),
        ],
      },
    ]);
    expect((await screen.findByText('stressed')).tagName).toBe('EM');
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(container.querySelector('p br')).not.toBeNull();
    expect(container.querySelector('p')?.textContent).toBe('Plain, stressed and boldnext line');
  });

  it('links another story in the app, and marks a link to another site as external for screen readers', async () => {
    await renderBlocks([
      {
        type: 'paragraph',
        content: [
          { type: 'link', href: '/story/other-story', children: [text('the other story')] },
          text(' and '),
          { type: 'link', href: 'https://example.com/page', children: [text('a site')] },
        ],
      },
    ]);
    const internal = await screen.findByRole('link', { name: 'the other story' });
    expect(internal).toHaveAttribute('href', '/story/other-story');
    expect(internal).not.toHaveAttribute('rel');
    const external = screen.getByRole('link', { name: /^a site ?\(external link\)$/ });
    expect(external).toHaveAttribute('href', 'https://example.com/page');
    expect(external).toHaveAttribute('rel', 'external noopener');
  });

  it('shows a quote with its attribution under it', async () => {
    await renderBlocks([{ type: 'quote', paragraphs: [[text('Quoted words.')]], attribution: 'Test Speaker, role' }]);
    const quote = (await screen.findByText('Quoted words.')).closest('blockquote');
    expect(quote).not.toBeNull();
    expect(quote?.closest('figure')?.querySelector('figcaption')?.textContent).toBe('— Test Speaker, role');
  });

  it('shows bulleted and numbered lists', async () => {
    await renderBlocks([
      { type: 'list', ordered: false, items: [[text('one')], [text('two')]] },
      { type: 'list', ordered: true, start: 3, items: [[text('three')]] },
    ]);
    const [bullets, numbers] = await screen.findAllByRole('list');
    expect(
      within(bullets as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['one', 'two']);
    expect(numbers?.tagName).toBe('OL');
    expect(numbers).toHaveAttribute('start', '3');
  });

  it('shows a divider as a separator', async () => {
    await renderBlocks([paragraph('Before.'), { type: 'divider' }, paragraph('After.')]);
    expect(await screen.findByRole('separator')).toBeInTheDocument();
  });

  it('shows a picture in every format at every width, with its size, caption and credit, loaded lazily', async () => {
    const { container } = await renderBlocks([picture]);
    const image = await screen.findByRole('img', { name: 'A synthetic gradient' });
    expect(image).toHaveAttribute('width', '1472');
    expect(image).toHaveAttribute('height', '981');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).not.toHaveAttribute('fetchpriority');
    expect(image).toHaveAttribute(
      'srcset',
      '/media/s/gradient-368.hash.jpeg 368w, /media/s/gradient-1472.hash.jpeg 1472w',
    );
    const sources = [...container.querySelectorAll('picture source')];
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources[0]).toHaveAttribute(
      'srcset',
      '/media/s/gradient-368.hash.avif 368w, /media/s/gradient-1472.hash.avif 1472w',
    );
    expect(image.closest('figure')?.querySelector('figcaption')?.textContent).toBe('A caption.Credit: Test Credit');
  });

  it('fetches a lead picture first, and never lazily', async () => {
    await renderBlocks([{ ...picture, priority: 'lead' }]);
    const image = await screen.findByRole('img', { name: 'A synthetic gradient' });
    expect(image).toHaveAttribute('fetchpriority', 'high');
    expect(image).not.toHaveAttribute('loading');
  });
});
