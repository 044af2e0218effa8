import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, SKIP_WAITING } from '../register-service-worker';
import { updateAvailable } from '../update-available';
import { UpdatePrompt } from './update-prompt';

/** Stands in for the browser's service worker API: the test plays the worker's lifecycle. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly postMessage = vi.fn();
  installed() {
    this.state = 'installed';
    act(() => void this.dispatchEvent(new Event('statechange')));
  }
}

class FakeContainer extends EventTarget {
  controller: object | null = null;
  readonly registration = Object.assign(new EventTarget(), {
    installing: null as FakeWorker | null,
    waiting: null as FakeWorker | null,
  });
  readonly register = vi.fn(async (_url: string) => this.registration);
  /** A new version of the worker starts installing. */
  update(): FakeWorker {
    const worker = new FakeWorker();
    this.registration.installing = worker;
    this.registration.dispatchEvent(new Event('updatefound'));
    return worker;
  }
}

let container: FakeContainer;

beforeEach(() => {
  container = new FakeContainer();
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
});

afterEach(() => {
  act(() => updateAvailable.set(null));
});

/**
 * Rendered inside an awaited act: the notice is an island waiting for a new version, and React
 * flushes updates after a component suspends only in an awaited act (as a browser always does).
 */
async function renderPrompt() {
  await act(async () => {
    render(<UpdatePrompt />);
  });
}

describe('UpdatePrompt', () => {
  it('registers the service worker at /sw.js', async () => {
    await registerServiceWorker(updateAvailable, { reload: vi.fn() });
    expect(container.register).toHaveBeenCalledExactlyOnceWith('/sw.js');
  });

  it('says nothing when the first version installs and takes control', async () => {
    const reload = vi.fn();
    await registerServiceWorker(updateAvailable, { reload });
    await renderPrompt();
    container.update().installed();
    container.controller = {};
    act(() => void container.dispatchEvent(new Event('controllerchange')));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(reload).not.toHaveBeenCalled();
  });

  it('tells the reader a new version is available, without reloading by itself', async () => {
    container.controller = {};
    const reload = vi.fn();
    await registerServiceWorker(updateAvailable, { reload });
    await renderPrompt();
    const worker = container.update();
    worker.installed();
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available');
    expect(worker.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('offers a new version that was already waiting when the page opened', async () => {
    container.controller = {};
    container.registration.waiting = new FakeWorker();
    await registerServiceWorker(updateAvailable, { reload: vi.fn() });
    await renderPrompt();
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available');
  });

  it('activates the new version on Reload and reloads once it controls the page', async () => {
    container.controller = {};
    const reload = vi.fn();
    await registerServiceWorker(updateAvailable, { reload });
    await renderPrompt();
    const worker = container.update();
    worker.installed();
    await userEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(worker.postMessage).toHaveBeenCalledExactlyOnceWith(SKIP_WAITING);
    expect(reload).not.toHaveBeenCalled();
    act(() => void container.dispatchEvent(new Event('controllerchange')));
    expect(reload).toHaveBeenCalledOnce();
  });
});
