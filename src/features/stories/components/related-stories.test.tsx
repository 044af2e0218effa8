import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@tests/support/render';
import { summary } from '@tests/support/stories';
import { describe, expect, it } from 'vitest';
import { RelatedStories } from './related-stories';

describe('RelatedStories', () => {
  it('lists each related headline as a link to its story, with its summary', () => {
    renderWithProviders(<RelatedStories currentSlug="here" stories={[summary('first'), summary('second')]} />);
    const aside = screen.getByRole('complementary', { name: 'Related stories' });
    const links = within(aside).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Headline of first', '/story/first'],
      ['Headline of second', '/story/second'],
    ]);
    expect(within(aside).getByText('Summary of first.')).toBeInTheDocument();
  });

  it('never lists the story the reader is on', () => {
    renderWithProviders(<RelatedStories currentSlug="here" stories={[summary('here'), summary('elsewhere')]} />);
    const links = within(screen.getByRole('complementary')).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '/story/elsewhere');
  });

  it('shows no sidebar when there is nothing else to read', () => {
    renderWithProviders(<RelatedStories currentSlug="here" stories={[summary('here')]} />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
