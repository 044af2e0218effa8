import { PwaNotices } from '@/features/pwa/components/pwa-notices';
import { useScrollMemory } from '@/lib/navigation';
import styles from './layout.module.css';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type Props = { children: React.ReactNode };

export function Layout({ children }: Props) {
  useScrollMemory();
  return (
    <>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <SiteHeader />
      {/* Not an island: its code must be here before the connection drops. */}
      <PwaNotices />
      <div className={styles.page}>{children}</div>
      <SiteFooter />
    </>
  );
}
