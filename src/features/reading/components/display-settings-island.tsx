import { island } from '@/lib/lazy';

/** The header's display controls: not needed to paint a page, so a lazy island. */
export const DisplaySettingsIsland = island(() => import('./display-settings').then((m) => m.DisplaySettings));
