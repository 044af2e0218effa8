import { Link, NavLink } from 'react-router';
import { InstallButtonSlot } from '@/features/pwa/components/install-button-slot';
import { DisplaySettingsIsland } from '@/features/reading/components/display-settings-island';
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
        <div className={styles.tools}>
          <InstallButtonSlot />
          <DisplaySettingsIsland />
        </div>
      </div>
    </header>
  );
}
