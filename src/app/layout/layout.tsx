import { island } from '@/lib/lazy';
import { useScrollMemory } from '@/lib/navigation';
import styles from './layout.module.css';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type Props = { children: React.ReactNode };

/** The offline banner and the update prompt, under the header: not needed to paint a page. */
const PwaNoticesIsland = island(() => import('@/features/pwa/components/pwa-notices.island').then((m) => m.PwaNotices));

export function Layout({ children }: Props) {
  useScrollMemory();
  return (
    <>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <SiteHeader />
      <PwaNoticesIsland />
      <div className={styles.page}>{children}</div>
      <SiteFooter />
    </>
  );
}
