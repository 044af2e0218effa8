import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../register-service-worker';
import { updateAvailable } from '../update-available';
import { UpdatePrompt } from './update-prompt';

/** Stands in for workbox-window's Workbox: the test plays the service worker's lifecycle events. */
const workbox = vi.hoisted(() => {
  class FakeWorkbox extends EventTarget {
    static last: FakeWorkbox | undefined;
    readonly scriptURL: unknown;
    readonly register = vi.fn(async () => undefined);
    readonly messageSkipWaiting = vi.fn();
    constructor(scriptURL: unknown) {
      super();
      this.scriptURL = scriptURL;
      FakeWorkbox.last = this;
    }
  }
  return { FakeWorkbox };
});

vi.mock('workbox-window', () => ({ Workbox: workbox.FakeWorkbox }));

function current() {
  const instance = workbox.FakeWorkbox.last;
  if (!instance) throw new Error('registerServiceWorker did not create a Workbox');
  return instance;
}

const fire = (type: string) => act(() => void current().dispatchEvent(new Event(type)));

beforeEach(() => {
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
});

afterEach(() => {
  act(() => updateAvailable.set(null));
  workbox.FakeWorkbox.last = undefined;
});

describe('UpdatePrompt', () => {
  it('registers the service worker at /sw.js', async () => {
    await registerServiceWorker({ reload: vi.fn() });
    expect(String(current().scriptURL)).toBe('/sw.js');
    expect(current().register).toHaveBeenCalledOnce();
  });

  it('says nothing while no new version is waiting, even when the first version takes control', async () => {
    const reload = vi.fn();
    await registerServiceWorker({ reload });
    render(<UpdatePrompt />);
    fire('controlling');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(reload).not.toHaveBeenCalled();
  });

  it('tells the reader a new version is available, without reloading by itself', async () => {
    const reload = vi.fn();
    await registerServiceWorker({ reload });
    render(<UpdatePrompt />);
    fire('waiting');
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(current().messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('activates the new version on Reload and reloads once it controls the page', async () => {
    const reload = vi.fn();
    await registerServiceWorker({ reload });
    render(<UpdatePrompt />);
    fire('waiting');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(current().messageSkipWaiting).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
    fire('controlling');
    expect(reload).toHaveBeenCalledOnce();
  });
});
