import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '@/lib/fetch-json';
import { getStoryPage } from './get-story';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getStoryPage', () => {
  it('fetches the story’s own data file', async () => {
    const fetch = vi.fn(async () => json({ story: { slug: 'a-story' }, related: [] }));
    vi.stubGlobal('fetch', fetch);
    await expect(getStoryPage('a-story')).resolves.toEqual({ story: { slug: 'a-story' }, related: [] });
    expect(fetch).toHaveBeenCalledWith('/data/stories/a-story.json', expect.anything());
  });

  it.each(['../secrets', '__proto__', '<img src=x>', 'a/b', '😀', 'x'.repeat(500), ''])(
    'treats %j as not found without touching the network',
    async (slug) => {
      const fetch = vi.fn();
      vi.stubGlobal('fetch', fetch);
      await expect(getStoryPage(slug)).resolves.toBeNull();
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('resolves to null when the host says the file does not exist', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    await expect(getStoryPage('missing')).resolves.toBeNull();
  });

  it('resolves to null when a host answers with an HTML page instead of data', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })),
    );
    await expect(getStoryPage('missing')).resolves.toBeNull();
  });

  it('rejects on a server error, so the reader can retry', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('oops', { status: 503 })),
    );
    await expect(getStoryPage('a-story')).rejects.toBeInstanceOf(HttpError);
  });

  it('rejects when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(getStoryPage('a-story')).rejects.toThrow('Failed to fetch');
  });
});
