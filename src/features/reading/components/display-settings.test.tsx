import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setPreference, THEME_KEY } from '../preferences';
import { DisplaySettings } from './display-settings.island';

afterEach(() => {
  setPreference({ theme: 'system', textSize: 'medium' });
});

describe('DisplaySettings', () => {
  it('opens a panel with the theme and text size choices, and closes it with Escape', async () => {
    const user = userEvent.setup();
    render(<DisplaySettings />);
    const toggle = screen.getByRole('button', { name: 'Display' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Theme' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Medium' })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('switches the page to the dark theme when the reader picks Dark, and remembers it', async () => {
    const user = userEvent.setup();
    render(<DisplaySettings />);
    await user.click(screen.getByRole('button', { name: 'Display' }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
  });

  it('moves through the text sizes with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<DisplaySettings />);
    await user.click(screen.getByRole('button', { name: 'Display' }));
    await user.click(screen.getByRole('radio', { name: 'Medium' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Large' })).toBeChecked();
    expect(document.documentElement.dataset.textSize).toBe('large');
  });

  it('renders the defaults on the server, whatever this browser stored', () => {
    localStorage.setItem(THEME_KEY, 'dark');
    const server = document.createElement('div');
    server.innerHTML = renderToString(<DisplaySettings />);
    const checked = [...server.querySelectorAll('input[checked]')].map((input) => (input as HTMLInputElement).value);
    expect(checked).toEqual(['system', 'medium']);
  });
});
