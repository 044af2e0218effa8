import { useOnline } from '../use-online';
import styles from './pwa-notices.module.css';

/** Says so when the connection drops: what was saved still opens. */
export function OfflineBanner() {
  const online = useOnline();
  return (
    <div role="status">
      {online ? null : <p className={styles.notice}>You're offline — saved stories are still available.</p>}
    </div>
  );
}
