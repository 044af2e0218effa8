import { Link, NavLink } from '@/components/link';
import { InstallButton } from '@/features/pwa/components/install-button';
import { DisplaySettings } from '@/features/reading/components/display-settings';
import { HeaderSearch } from '@/features/search/components/header-search';
import styles from './site-header.module.css';

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link to="/" className={styles.masthead}>
          Broadsheet
        </Link>
        <nav aria-label="Site" className={styles.nav}>
          <ul>
            <li>
              <NavLink to="/" end>
                Front page
              </NavLink>
            </li>
            <li>
              <NavLink to="/saved">Saved</NavLink>
            </li>
          </ul>
        </nav>
        <HeaderSearch />
        <div className={styles.tools}>
          <InstallButton />
          <DisplaySettings />
        </div>
      </div>
    </header>
  );
}
