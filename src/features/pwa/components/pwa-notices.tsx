import { OfflineBanner } from './offline-banner';
import styles from './pwa-notices.module.css';
import { UpdatePrompt } from './update-prompt';

/** The app's own status lines: offline, and a new version waiting. */
export function PwaNotices() {
  return (
    <div className={styles.notices}>
      <OfflineBanner />
      <UpdatePrompt />
    </div>
  );
}
