// Where the build puts each data file, and where the browser fetches it from (../story-urls.ts):
// one place for both.
export const STORY_DATA_DIR = 'data/stories';
export const FRONT_DATA_DIR = 'data/front';
export const FRONT_PAGE_SIZE = 20;
