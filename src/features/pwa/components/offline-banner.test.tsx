import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineBanner } from './offline-banner';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => void window.dispatchEvent(new Event(offline ? 'offline' : 'online')));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('OfflineBanner', () => {
  it('says nothing while the reader is online', () => {
    render(<OfflineBanner />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('tells the reader they are offline, in a polite live region, and clears when back online', () => {
    render(<OfflineBanner />);
    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent("You're offline — saved stories are still available.");
    goOffline(false);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('hydrates the prerendered page without a mismatch, then shows the banner if offline', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<OfflineBanner />);
    document.body.append(container);
    expect(container).toHaveTextContent('');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, <OfflineBanner />, { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container).toHaveTextContent("You're offline");
    act(() => root.unmount());
    container.remove();
  });
});
