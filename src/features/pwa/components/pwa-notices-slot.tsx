import { island } from '@/lib/lazy';

/**
 * The offline banner and the update prompt, under the header.
 * Its own chunk: the notices are not needed to paint a page (first-load budget).
 */
export const PwaNoticesSlot = island(() => import('./pwa-notices').then((m) => m.PwaNotices));
