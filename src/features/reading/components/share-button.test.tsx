import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from './share-button';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ShareButton', () => {
  it('copies the link and confirms it where the browser cannot share', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ShareButton title="A headline" path="/story/a-story" />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/story/a-story`);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
  });

  it('shows the link itself when copying fails', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<ShareButton title="A headline" path="/story/a-story" />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(`${window.location.origin}/story/a-story`);
  });

  it('opens the system share sheet where there is one', async () => {
    const user = userEvent.setup();
    const share = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { share }));
    render(<ShareButton title="A headline" path="/story/a-story" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: 'A headline', url: `${window.location.origin}/story/a-story` });
  });
});
