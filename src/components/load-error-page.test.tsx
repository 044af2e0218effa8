import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@tests/support/render';
import { describe, expect, it, vi } from 'vitest';
import { LoadErrorPage } from './load-error-page';

describe('LoadErrorPage', () => {
  it('says the story did not arrive and retries in place', async () => {
    const retry = vi.fn();
    renderWithProviders(<LoadErrorPage error={new TypeError('Failed to fetch')} retry={retry} />);
    expect(screen.getByRole('heading', { level: 1, name: 'This page couldn’t load' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('reloads the page when a code chunk failed to download', async () => {
    const retry = vi.fn();
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    renderWithProviders(
      <LoadErrorPage
        error={new TypeError('Failed to fetch dynamically imported module: /assets/x.js')}
        retry={retry}
      />,
    );
    expect(screen.getByText(/Part of Broadsheet failed to download/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(reload).toHaveBeenCalledOnce();
    expect(retry).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('offline, says the page is not available offline, offers the Saved page, and retries when the connection returns', async () => {
    const retry = vi.fn();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderWithProviders(<LoadErrorPage error={new TypeError('Failed to fetch')} retry={retry} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Not available offline' })).toBeInTheDocument();
    expect(screen.getByText(/opens here when you’re back online/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Saved stories' })).toHaveAttribute('href', '/saved');
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
    expect(retry).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('online'));
    expect(retry).toHaveBeenCalledOnce();
    vi.restoreAllMocks();
  });

  it('online, does not retry by itself', () => {
    const retry = vi.fn();
    renderWithProviders(<LoadErrorPage error={new TypeError('Failed to fetch')} retry={retry} />);
    expect(screen.queryByRole('link', { name: 'Saved stories' })).not.toBeInTheDocument();
    window.dispatchEvent(new Event('online'));
    expect(retry).not.toHaveBeenCalled();
  });
});
