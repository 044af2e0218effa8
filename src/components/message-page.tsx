import { pageTitle } from '@/lib/site';
import { Link } from './link';
import styles from './message-page.module.css';
import { PageHeading } from './page-heading';

type Props = {
  heading: string;
  children: React.ReactNode;
  /** Extra actions (e.g. a Retry button) shown before the link home. */
  actions?: React.ReactNode;
};

/** The document title of a message page: its heading, then the site's name. */
export const messagePageTitle = (heading: string) => pageTitle(heading);

/** A full page that says what happened and offers a way on: not-found, load errors. */
export function MessagePage({ heading, children, actions }: Props) {
  return (
    <main id="main" tabIndex={-1} className={styles.main}>
      <PageHeading title={messagePageTitle(heading)} className={styles.heading}>
        {heading}
      </PageHeading>
      <div className={styles.body}>{children}</div>
      <p className={styles.actions}>
        {actions}
        <Link to="/" className={styles.home}>
          Go to the front page
        </Link>
      </p>
    </main>
  );
}
