import { OfflineBanner } from './offline-banner';
import { UpdatePrompt } from './update-prompt';

/** The app's own status lines: offline, and a new version waiting. */
export function PwaNotices() {
  return (
    <>
      <OfflineBanner />
      <UpdatePrompt />
    </>
  );
}
