import { PwaNoticesSlot } from '@/features/pwa/components/pwa-notices-slot';
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
      <PwaNoticesSlot />
      <div className={styles.page}>{children}</div>
      <SiteFooter />
    </>
  );
}
