import { act, render, screen } from '@testing-library/react';
import { FakeCacheStorage } from '@tests/support/fake-caches';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CACHES } from '../offline-caches';
import { OfflineMark } from './offline-mark';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}

beforeEach(async () => {
  const storage = new FakeCacheStorage();
  await storage.keep(CACHES.stories, '/story/kept', '<h1>Kept</h1>');
  await storage.keep(CACHES.stories, '/data/stories/kept.json', '{}');
  vi.stubGlobal('caches', storage);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const marks = () => screen.queryAllByText('(not available offline)');

describe('OfflineMark', () => {
  it('marks nothing while the reader is online', async () => {
    render(
      <h3>
        <OfflineMark slug="not-kept" />
      </h3>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(marks()).toEqual([]);
  });

  it('offline, marks a story this device has no copy of, in words, and not one it has', async () => {
    render(
      <>
        <h3>
          Not kept <OfflineMark slug="not-kept" />
        </h3>
        <h3>
          Kept <OfflineMark slug="kept" />
        </h3>
      </>,
    );
    setOnline(false);
    expect(await screen.findByRole('heading', { name: 'Not kept (not available offline)' })).toBeInTheDocument();
    expect(screen.getByText('⊘ Not available offline')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('heading', { name: 'Kept' })).toBeInTheDocument();
    setOnline(true);
    expect(marks()).toEqual([]);
  });
});
