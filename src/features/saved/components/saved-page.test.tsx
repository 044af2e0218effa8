import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { saveStory } from '../saved-store';
import { SavedPage } from './saved-page';

const story = (slug: string, headline: string) => ({ slug, section: 'News', headline, summary: `About ${headline}.` });

const page = (
  <MemoryRouter>
    <SavedPage />
  </MemoryRouter>
);

describe('SavedPage', () => {
  it('lists each saved story with a link to it and its summary', () => {
    saveStory(story('first', 'First story'));
    render(page);
    expect(screen.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'First story' })).toHaveAttribute('href', '/story/first');
    expect(screen.getByText('About First story.')).toBeInTheDocument();
  });

  it('removes a story, says so, and keeps focus in the list', async () => {
    const user = userEvent.setup();
    saveStory(story('first', 'First story'));
    saveStory(story('second', 'Second story'));
    render(page);
    await user.click(screen.getByRole('button', { name: 'Remove “Second story” from saved stories' }));
    expect(screen.queryByRole('link', { name: 'Second story' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Removed “Second story”.');
    expect(screen.getByRole('button', { name: 'Remove “First story” from saved stories' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /^Remove/ }));
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('says there is nothing saved yet when the list is empty', () => {
    render(page);
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('renders a loading state on the server, which cannot know what this reader saved', () => {
    saveStory(story('first', 'First story'));
    const html = renderToString(page);
    expect(html).toContain('Loading your saved stories');
    expect(html).not.toContain('First story');
  });
});
