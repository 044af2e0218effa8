// Where the build puts each data file, and where the browser fetches it from (../story-urls.ts):
// one place for both.
export const STORY_DATA_DIR = 'data/stories';
export const FRONT_DATA_DIR = 'data/front';
export const SECTION_DATA_DIR = 'data/sections';
/** Stories per page of the front page and of each section page. */
export const FRONT_PAGE_SIZE = 20;
/** Story pictures, made by the build: `media/<slug>/<name>-<width>-<hash>.<ext>` (fingerprinted, so cacheable for ever). */
export const MEDIA_DIR = 'media';
