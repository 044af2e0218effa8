import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureInstallPrompt, installPrompt } from '../install-prompt';
import { InstallButton } from './install-button';

let standalone = false;

/** What Chromium fires when it is ready to install the app. */
function offerInstall() {
  const prompt = vi.fn(async () => undefined);
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt,
    userChoice: Promise.resolve({ outcome: 'accepted' as const }),
  });
  act(() => void window.dispatchEvent(event));
  return { event, prompt };
}

beforeAll(() => {
  captureInstallPrompt(window);
});

beforeEach(() => {
  standalone = false;
  window.matchMedia = vi.fn((query: string) => ({
    matches: standalone && query === '(display-mode: standalone)',
    media: query,
    onchange: null,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    addListener: vi.fn(),
    removeListener: vi.fn(),
    dispatchEvent: vi.fn(() => false),
  }));
});

afterEach(() => {
  // The browser withdraws the offer once the app is installed.
  act(() => void window.dispatchEvent(new Event('appinstalled')));
});

describe('InstallButton', () => {
  it('is not there until the browser offers installation', () => {
    render(<InstallButton />);
    expect(screen.queryByRole('button', { name: 'Install app' })).not.toBeInTheDocument();
  });

  it('appears when the browser offers installation, even if the offer came before it loaded', () => {
    const { event } = offerInstall();
    expect(event.defaultPrevented).toBe(true);
    render(<InstallButton />);
    expect(screen.getByRole('button', { name: 'Install app' })).toBeVisible();
  });

  it('opens the browser’s install dialog, then goes away (an offer works once)', async () => {
    render(<InstallButton />);
    const { prompt } = offerInstall();
    await userEvent.click(screen.getByRole('button', { name: 'Install app' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Install app' })).not.toBeInTheDocument();
    expect(installPrompt.get()).toBeNull();
  });

  it('is hidden when the app already runs installed', () => {
    standalone = true;
    offerInstall();
    render(<InstallButton />);
    expect(screen.queryByRole('button', { name: 'Install app' })).not.toBeInTheDocument();
  });
});
