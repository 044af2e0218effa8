/*
 * The folders a build reads and writes. `BROADSHEET_CONTENT_DIR` builds another set of stories
 * (a fixture, a publisher's own, the benchmark's synthetic thousands) and `BROADSHEET_OUT_DIR`
 * writes the site elsewhere; the build, `vite preview` and the tests all ask here.
 */

/** The stories that ship with Broadsheet. */
export const SHIPPED_CONTENT_DIR = 'src/content/stories';

export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BROADSHEET_CONTENT_DIR || SHIPPED_CONTENT_DIR;
}

export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BROADSHEET_OUT_DIR || 'dist';
}
