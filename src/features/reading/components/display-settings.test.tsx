import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPreference, THEME_KEY } from '../preferences';
import { DisplaySettings } from './display-settings';

/**
 * Rendered inside an awaited act: the panel is an island still waiting for the reader, and React
 * flushes updates after a component suspends only in an awaited act (as a browser always does).
 */
async function renderSettings(extra?: React.ReactNode) {
  await act(async () => {
    render(
      <>
        <DisplaySettings />
        {extra}
      </>,
    );
  });
}

afterEach(() => {
  setPreference({ theme: 'system', textSize: 'medium' });
});

describe('DisplaySettings', () => {
  it('opens a panel with the theme and text size choices, and closes it with Escape', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const toggle = screen.getByRole('button', { name: 'Display' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('group', { name: 'Theme' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Medium' })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('group', { name: 'Theme', hidden: true })).not.toBeVisible();
    expect(toggle).toHaveFocus();
  });

  it('fetches the panel’s code when the reader points at the button, before any click', async () => {
    // A fresh copy of the modules, whose panel code has not been fetched by another test.
    vi.resetModules();
    const fresh = await import('./display-settings');
    const user = userEvent.setup();
    await act(async () => {
      render(<fresh.DisplaySettings />);
    });
    expect(screen.queryByRole('group', { name: 'Theme', hidden: true })).toBeNull();
    await user.hover(screen.getByRole('button', { name: 'Display' }));
    expect(await screen.findByRole('group', { name: 'Theme', hidden: true })).not.toBeVisible();
  });

  it('opens at once when pressed before its choices have arrived, saying it is loading them', async () => {
    vi.resetModules();
    const fresh = await import('./display-settings');
    await act(async () => {
      render(<fresh.DisplaySettings />);
    });
    // A tap with no hover or focus first: the press itself asks for the choices.
    act(() => screen.getByRole('button', { name: 'Display' }).click());
    expect(screen.getByRole('button', { name: 'Display' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Loading…')).toBeVisible();
    expect(await screen.findByRole('group', { name: 'Theme' })).toBeVisible();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('closes when the reader clicks elsewhere', async () => {
    const user = userEvent.setup();
    await renderSettings(<p>Elsewhere</p>);
    await user.click(screen.getByRole('button', { name: 'Display' }));
    expect(await screen.findByRole('group', { name: 'Theme' })).toBeVisible();
    await user.click(screen.getByText('Elsewhere'));
    expect(screen.getByRole('button', { name: 'Display' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('switches the page to the dark theme when the reader picks Dark, and remembers it', async () => {
    const user = userEvent.setup();
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Display' }));
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
  });

  it('moves through the text sizes with the arrow keys', async () => {
    const user = userEvent.setup();
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Display' }));
    await user.click(await screen.findByRole('radio', { name: 'Medium' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Large' })).toBeChecked();
    expect(document.documentElement.dataset.textSize).toBe('large');
  });

  it('shows the choices this browser stored', async () => {
    localStorage.setItem(THEME_KEY, 'dark');
    const user = userEvent.setup();
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Display' }));
    expect(await screen.findByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  it('is prerendered as a disabled button over a closed, empty panel (its choices are fetched on interest)', () => {
    const server = document.createElement('div');
    server.innerHTML = renderToString(<DisplaySettings />);
    const button = server.querySelector('button');
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = server.querySelector(`#${CSS.escape(button?.getAttribute('aria-controls') ?? '')}`);
    expect(panel).toHaveAttribute('hidden');
    expect(panel).toBeEmptyDOMElement();
  });
});
