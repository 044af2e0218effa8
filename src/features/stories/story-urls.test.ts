import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FRONT_PAGE_ROUTE, frontPath, STORY_ROUTE, storyPath } from './story-urls';

describe('story and front-page links', () => {
  it('lead to the route that shows them', () => {
    expect(matchPath(STORY_ROUTE, storyPath('a-story'))?.params).toEqual({ slug: 'a-story' });
    expect(matchPath(FRONT_PAGE_ROUTE, frontPath(3))?.params).toEqual({ page: '3' });
  });

  it('send page 1 of the front page to the site root', () => {
    expect(frontPath(1)).toBe('/');
  });
});
