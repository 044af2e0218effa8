import { Link, NavLink } from 'react-router';
import { island } from '@/lib/lazy';
import styles from './site-header.module.css';

// None is needed to paint a page: each is a lazy island (its own chunk, hydrated when it lands).
const InstallButtonIsland = island(() =>
  import('@/features/pwa/components/install-button.island').then((m) => m.InstallButton),
);
const DisplaySettingsIsland = island(() =>
  import('@/features/reading/components/display-settings.island').then((m) => m.DisplaySettings),
);
// A plain form in the HTML (it submits without JavaScript); its shortcut and in-app search hydrate later.
const HeaderSearchIsland = island(() =>
  import('@/features/search/components/header-search.island').then((m) => m.HeaderSearch),
);

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
        <HeaderSearchIsland />
        <div className={styles.tools}>
          <InstallButtonIsland />
          <DisplaySettingsIsland />
        </div>
      </div>
    </header>
  );
}
