import { SITE_NAME } from '@/lib/site';
import styles from './site-footer.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>{SITE_NAME} — a fast news reader that keeps working offline. </p>
    </footer>
  );
}
