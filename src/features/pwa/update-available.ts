import { createStore } from '@/lib/store';

/**
 * Whether a new version of the app is installed and waiting: the action that applies it, or
 * null. The service worker registration (loaded after the page) sets it; the update prompt reads
 * it. Holding the action rather than the Workbox instance keeps workbox-window out of the prompt's
 * chunk.
 */
export type ApplyUpdate = () => void;

export const updateAvailable = createStore<ApplyUpdate | null>(null);
