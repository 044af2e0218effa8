/*
 * The page paints before the app's code arrives (see src/app/boot.ts). Until the whole page has
 * hydrated, a click on one of the site's own links is held rather than starting a full page load
 * (or reaching a half-hydrated page), and the router replays it as soon as the app is ready: the reader gets the same in-page
 * navigation (focus on the new headline, Back restoring the scroll position) however early they
 * click. If the app is not ready soon, the link is followed the ordinary way.
 */

const FOLLOW_AFTER_MS = 1500;

let holding = false;
let pending: string | null = null;
let fallback: ReturnType<typeof setTimeout> | undefined;

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function onClick(event: MouseEvent): void {
  if (!holding || event.defaultPrevented || !isPlainClick(event)) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
  if (link.origin !== window.location.origin) return;
  // In-page anchors (the skip link) are the browser's to handle.
  if (link.pathname === window.location.pathname && link.search === window.location.search && link.hash) return;
  event.preventDefault();
  pending = link.pathname + link.search + link.hash;
  clearTimeout(fallback);
  fallback = setTimeout(() => {
    const href = releaseEarlyClick();
    if (href) window.location.assign(href);
  }, FOLLOW_AFTER_MS);
}

/** Called by the boot script, before the app is loaded. */
export function holdEarlyClicks(): void {
  holding = true;
  document.addEventListener('click', onClick, { capture: true });
}

/** Called once the page has hydrated: stops holding clicks and returns the one to replay, if any. */
export function releaseEarlyClick(): string | null {
  if (!holding) return null;
  holding = false;
  document.removeEventListener('click', onClick, { capture: true });
  clearTimeout(fallback);
  const href = pending;
  pending = null;
  return href;
}
