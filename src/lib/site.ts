// The site's public URL is one build setting: SITE_URL (see vite.config.ts and README).
export const SITE_NAME = 'Broadsheet';
export const SITE_DESCRIPTION = 'Broadsheet is a fast, installable news reader that keeps working offline.';

export function pageTitle(title?: string): string {
  return title ? `${title} — ${SITE_NAME}` : `${SITE_NAME} — news you can read anywhere`;
}
