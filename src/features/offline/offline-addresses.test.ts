import { describe, expect, it } from 'vitest';
import { siteAddress, uncachedAnswer } from './offline-addresses';

const site = { hasStory: (slug: string) => slug === 'kept-somewhere', pageCount: 3 };

describe('the site addresses the service worker knows', () => {
  it('are story and front pages and their data files', () => {
    expect(siteAddress('/')).toEqual({ kind: 'front', page: 1, data: false });
    expect(siteAddress('/page/3')).toEqual({ kind: 'front', page: 3, data: false });
    expect(siteAddress('/story/a-story')).toEqual({ kind: 'story', slug: 'a-story', data: false });
    expect(siteAddress('/data/stories/a-story.json')).toEqual({ kind: 'story', slug: 'a-story', data: true });
    expect(siteAddress('/data/front/2.json')).toEqual({ kind: 'front', page: 2, data: true });
  });

  it.each(['/saved', '/story/', '/story/a/b', '/story/Not_A_Slug', '/page/0', '/page/x', '/data/x.json', '/feed.xml'])(
    'do not include %s',
    (path) => {
      expect(siteAddress(path)).toBeUndefined();
    },
  );
});

describe('offline, an address in no cache', () => {
  it('is "not available offline" when the site has that story or front page', () => {
    expect(uncachedAnswer('/story/kept-somewhere', site)).toBe('offline');
    expect(uncachedAnswer('/data/stories/kept-somewhere.json', site)).toBe('offline');
    expect(uncachedAnswer('/page/3', site)).toBe('offline');
    expect(uncachedAnswer('/data/front/2.json', site)).toBe('offline');
  });

  it('is "not found" when the site has no such story, front page or address', () => {
    expect(uncachedAnswer('/story/no-such-story', site)).toBe('not-found');
    expect(uncachedAnswer('/data/stories/no-such-story.json', site)).toBe('not-found');
    expect(uncachedAnswer('/page/4', site)).toBe('not-found');
    expect(uncachedAnswer('/not/a/page', site)).toBe('not-found');
  });
});
