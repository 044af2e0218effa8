import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoryBody } from './story-body';

describe('StoryBody', () => {
  it('shows each paragraph as a paragraph of text', () => {
    render(
      <StoryBody
        blocks={[
          { type: 'paragraph', text: 'One.' },
          { type: 'paragraph', text: 'Two.' },
        ]}
      />,
    );
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
            blocks: [{ type: 'paragraph', text: 'Inside the subsection.' }],
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
    const { container } = render(
      <StoryBody blocks={[{ type: 'paragraph', text: '<img src=x onerror="alert(1)"> and <b>bold</b>' }]} />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"> and <b>bold</b>')).toBeInTheDocument();
  });

  it('renders nothing for a brief, which has no body', () => {
    const { container } = render(<StoryBody blocks={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
