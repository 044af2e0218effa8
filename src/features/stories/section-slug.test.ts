import { describe, expect, it } from 'vitest';
import { isSectionName } from './api/get-section-page';
import { sectionSlug } from './section-slug';

describe('sectionSlug', () => {
  it.each([
    ['News', 'news'],
    ['Science & Tech', 'science-tech'],
    ['  World  news ', 'world-news'],
    ['Économie', 'economie'],
    ['Covid-19', 'covid-19'],
  ])('names the section %j %j in its address', (label, slug) => {
    expect(sectionSlug(label)).toBe(slug);
    expect(isSectionName(slug)).toBe(true);
  });

  it.each(['???', 'Культура'])('gives no address for %j, which has no letter a–z or digit', (label) => {
    expect(sectionSlug(label)).toBe('');
  });

  it.each(['', 'News', 'a--b', '-a', '..', '__proto__', '<b>', 'a/b', 'a'.repeat(61)])(
    'does not take %j for a section’s name',
    (name) => {
      expect(isSectionName(name)).toBe(false);
    },
  );
});
