import { screen } from '@testing-library/react';
import { renderWithProviders } from '@tests/support/render';
import { storyPage } from '@tests/support/stories';
import { describe, expect, it } from 'vitest';
import { StoryArticle } from './story-article';

describe('StoryArticle', () => {
  it('shows the section, the headline as the only h1, the standfirst and the reading time', () => {
    renderWithProviders(<StoryArticle story={storyPage('one').story} />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Headline of one' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Headline of one' })).toBeInTheDocument();
    expect(screen.getByText('Standfirst of one.')).toBeInTheDocument();
    expect(screen.getByText('3 min read')).toBeInTheDocument();
  });

  it('shows the section above the headline as a link to the section’s page', () => {
    renderWithProviders(<StoryArticle story={storyPage('one', { section: 'Science & Tech' }).story} />);
    const link = screen.getByRole('link', { name: 'Science & Tech' });
    expect(link).toHaveAttribute('href', '/section/science-tech');
    expect(link.compareDocumentPosition(screen.getByRole('heading', { level: 1 }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('shows no byline or date when the story has none', () => {
    renderWithProviders(<StoryArticle story={storyPage('one').story} />);
    expect(screen.queryByText(/^By /)).toBeNull();
    expect(document.querySelector('time')).toBeNull();
  });

  it('shows the byline and date when the story has them', () => {
    const story = storyPage('one', { byline: 'A. Writer', datePublished: '2022-09-22T10:00:00+00:00' }).story;
    renderWithProviders(<StoryArticle story={story} />);
    expect(screen.getByText('By A. Writer')).toBeInTheDocument();
    expect(screen.getByText('22 September 2022')).toHaveAttribute('datetime', '2022-09-22T10:00:00+00:00');
  });
});
