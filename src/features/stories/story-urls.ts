// Relative, with its extension: the build (run from the Vite config) reads this file too.
import { FRONT_DATA_DIR, STORY_DATA_DIR } from './api/data-files.ts';

// The addresses of story pages, front pages and section pages: the route table's patterns, and
// the links to them (written out rather than built with react-router's generatePath, which would
// add its code to every first load; story-urls.test.ts matches each link against its pattern);
// and the data file each story and front page is made from.
export const STORY_ROUTE = '/story/:slug';
export const FRONT_PAGE_ROUTE = '/page/:page';
export const SECTION_ROUTE = '/section/:name';
export const SECTION_PAGE_ROUTE = '/section/:name/page/:page';

export const storyPath = (slug: string) => `/story/${slug}`;
/** `/` is page 1; older stories are on `/page/2` and on. */
export const frontPath = (page: number) => (page === 1 ? '/' : `/page/${page}`);
/** `/section/<name>` is page 1; older stories are on `/section/<name>/page/2` and on. */
export const sectionPath = (name: string, page = 1) =>
  page === 1 ? `/section/${name}` : `/section/${name}/page/${page}`;

export const storyDataPath = (slug: string) => `/${STORY_DATA_DIR}/${slug}.json`;
export const frontDataPath = (page: number) => `/${FRONT_DATA_DIR}/${page}.json`;
