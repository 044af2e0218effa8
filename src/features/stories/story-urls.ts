// The addresses of story pages and front pages: the route table's patterns, and the links to them
// (written out rather than built with react-router's generatePath, which would add its code to
// every first load; story-urls.test.ts matches each link against its pattern).
export const STORY_ROUTE = '/story/:slug';
export const FRONT_PAGE_ROUTE = '/page/:page';

export const storyPath = (slug: string) => `/story/${slug}`;
/** `/` is page 1; older stories are on `/page/2` and on. */
export const frontPath = (page: number) => (page === 1 ? '/' : `/page/${page}`);
