import { island } from '@/lib/lazy';

/**
 * The "Read" mark for a story, as a lazy island: visited marks appear only after hydration, so
 * their code (and storage access) loads lazily and the prerendered page never shows one.
 */
export const VisitedMarkIsland = island(() => import('./visited-mark').then((m) => m.VisitedMark));
