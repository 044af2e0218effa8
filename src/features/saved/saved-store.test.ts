import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSaved, removeSaved, SAVED_KEY, saveStory } from './saved-store';

const story = (slug: string) => ({ slug, section: 'News', headline: `Headline ${slug}`, summary: `Summary ${slug}` });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saved stories', () => {
  it('are empty to begin with', () => {
    expect(readSaved()).toEqual([]);
  });

  it('keep each story’s headline and summary, newest first, once each', () => {
    saveStory(story('a'), new Date('2026-01-01T00:00:00Z'));
    saveStory(story('b'), new Date('2026-01-02T00:00:00Z'));
    saveStory(story('a'), new Date('2026-01-03T00:00:00Z'));
    expect(readSaved().map((s) => s.slug)).toEqual(['a', 'b']);
    expect(readSaved()[0]).toEqual({ ...story('a'), savedAt: '2026-01-03T00:00:00.000Z' });
  });

  it('survive a reload (they are read back from storage)', () => {
    saveStory(story('a'));
    const stored = JSON.parse(localStorage.getItem(SAVED_KEY) ?? '[]');
    expect(stored).toHaveLength(1);
    expect(stored[0].headline).toBe('Headline a');
  });

  it('can be removed', () => {
    saveStory(story('a'));
    saveStory(story('b'));
    expect(removeSaved('a')).toBe(true);
    expect(readSaved().map((s) => s.slug)).toEqual(['b']);
  });

  it('ignore whatever in storage is not a saved story', () => {
    localStorage.setItem(SAVED_KEY, JSON.stringify([{ slug: 'x' }, 42, { ...story('ok'), savedAt: 'now' }]));
    expect(readSaved().map((s) => s.slug)).toEqual(['ok']);
    localStorage.setItem(SAVED_KEY, '{not json');
    expect(readSaved()).toEqual([]);
  });

  it('report false, without throwing, when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveStory(story('a'))).toBe(false);
    expect(readSaved()).toEqual([]);
  });

  it('report false, without throwing, when storage is blocked', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(saveStory(story('a'))).toBe(false);
    expect(readSaved()).toEqual([]);
  });
});
