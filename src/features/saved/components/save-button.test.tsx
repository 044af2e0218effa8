import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSaved } from '../saved-store';
import { SaveButton } from './save-button';

const story = { slug: 'a-story', section: 'News', headline: 'A headline', summary: 'A summary.' };

function renderButton() {
  return render(
    <MemoryRouter>
      <SaveButton story={story} />
    </MemoryRouter>,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SaveButton', () => {
  it('saves the story, shows it is saved and points to the Saved page', async () => {
    const user = userEvent.setup();
    renderButton();
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Saved for later');
    expect(screen.getByRole('link', { name: 'Saved' })).toHaveAttribute('href', '/saved');
    expect(readSaved().map((s) => s.headline)).toEqual(['A headline']);
  });

  it('removes a saved story when pressed again', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Saved' }));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Removed');
    expect(readSaved()).toEqual([]);
  });

  it('explains that it cannot save when storage is full, and stays unpressed', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toHaveTextContent('Can’t save here');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
  });
});
