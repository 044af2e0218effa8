import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parsePageParam } from './page-param';
import {
  FRONT_PAGE_ROUTE,
  frontPath,
  SECTION_PAGE_ROUTE,
  SECTION_ROUTE,
  STORY_ROUTE,
  sectionPath,
  storyPath,
} from './story-urls';

describe('story and front-page links', () => {
  it('lead to the route that shows them', () => {
    expect(matchPath(STORY_ROUTE, storyPath('a-story'))?.params).toEqual({ slug: 'a-story' });
    expect(matchPath(FRONT_PAGE_ROUTE, frontPath(3))?.params).toEqual({ page: '3' });
    expect(matchPath(SECTION_ROUTE, sectionPath('news'))?.params).toEqual({ name: 'news' });
    expect(matchPath(SECTION_PAGE_ROUTE, sectionPath('news', 2))?.params).toEqual({ name: 'news', page: '2' });
  });

  it('send page 1 of a section to the section’s own address', () => {
    expect(sectionPath('news', 1)).toBe('/section/news');
  });

  it('read a later page’s number from its address, and nothing else as a page', () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam('2')).toBe(2);
    for (const value of ['1', '0', '02', '-1', 'two', '1e3', '9999999']) expect(parsePageParam(value)).toBeNaN();
  });

  it('send page 1 of the front page to the site root', () => {
    expect(frontPath(1)).toBe('/');
  });
});
