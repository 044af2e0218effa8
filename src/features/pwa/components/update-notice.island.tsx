import { useSyncExternalStore } from 'react';
import { updateAvailable } from '../update-available';
import styles from './pwa-notices.module.css';

/** "A new version is available", with the Reload that applies it (see update-prompt.tsx). */
export function UpdateNotice() {
  const applyUpdate = useSyncExternalStore(updateAvailable.subscribe, updateAvailable.get, () => null);
  if (!applyUpdate) return null;
  return (
    <p className={styles.notice}>
      A new version is available.
      <button type="button" className={styles.reload} onClick={applyUpdate}>
        Reload
      </button>
    </p>
  );
}
