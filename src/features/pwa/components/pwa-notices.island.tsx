import { useEffect } from 'react';
import { startPwa } from '../start-pwa';
import { OfflineBanner } from './offline-banner';
import { UpdatePrompt } from './update-prompt';

/** The app's own status lines: offline, and a new version waiting. */
export function PwaNotices() {
  // The service worker is registered from here, once the page has hydrated: none of its code
  // is on the first load.
  useEffect(startPwa, []);
  return (
    <>
      <OfflineBanner />
      <UpdatePrompt />
    </>
  );
}
