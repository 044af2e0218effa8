import { useSyncExternalStore } from 'react';
import { updateAvailable } from '../update-available';
import styles from './pwa-notices.module.css';

/** Offers a new version once it is ready; only the reader's click reloads the page. */
export function UpdatePrompt() {
  const applyUpdate = useSyncExternalStore(updateAvailable.subscribe, updateAvailable.get, () => null);
  return (
    <div role="status">
      {applyUpdate ? (
        <p className={styles.notice}>
          A new version is available.
          <button type="button" className={styles.reload} onClick={applyUpdate}>
            Reload
          </button>
        </p>
      ) : null}
    </div>
  );
}
