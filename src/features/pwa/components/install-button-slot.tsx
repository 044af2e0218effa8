import { island } from '@/lib/lazy';

/**
 * Where the install button goes in the header; empty until the browser offers installation.
 * Its own chunk: the button is not needed to paint a page (first-load budget).
 */
export const InstallButtonSlot = island(() => import('./install-button').then((m) => m.InstallButton));
