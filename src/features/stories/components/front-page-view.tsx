import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { PrefetchLink } from '@/components/prefetch-link';
import { frontPageTitle } from '../story-head';
import type { FrontPage } from '../story-schema';
import { frontPath, storyPath } from '../story-urls';
import styles from './front-page-view.module.css';
import { StorySummaryItem } from './story-summary-item';
import { VisitedMark } from './visited-mark';

type Props = { front: FrontPage };

/** The front page: the lead story first and large, the rest listed beneath it. */
export function FrontPageView({ front }: Props) {
  const [lead, ...rest] = front.page === 1 ? front.stories : [undefined, ...front.stories];
  const title = front.page === 1 ? 'Top stories' : `Stories, page ${front.page}`;
  return (
    <main id="main" tabIndex={-1} className={styles.main}>
      <PageHeading title={frontPageTitle(front.page)} className={styles.title}>
        {title}
      </PageHeading>
      {lead ? (
        <article className={styles.lead} aria-labelledby="lead-headline">
          <p className={styles.section}>{lead.section}</p>
          <h2 id="lead-headline" className={styles.leadHeadline}>
            <PrefetchLink to={storyPath(lead.slug)} className={styles.leadLink}>
              {lead.headline}
            </PrefetchLink>{' '}
            <VisitedMark slug={lead.slug} />
          </h2>
          <p className={styles.leadSummary}>{lead.summary}</p>
        </article>
      ) : null}
      {rest.length > 0 ? (
        <section aria-labelledby="more-heading" className={styles.more}>
          <h2 id="more-heading" className={styles.moreHeading}>
            {lead ? 'More stories' : 'Stories'}
          </h2>
          <ul className={styles.list}>
            {rest.map((story) =>
              story ? (
                <li key={story.slug}>
                  <StorySummaryItem story={story} />
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
      {front.pageCount > 1 ? (
        <nav aria-label="More pages" className={styles.pager}>
          {front.page > 1 ? <Link to={frontPath(front.page - 1)}>Newer stories</Link> : null}
          {front.page < front.pageCount ? <Link to={frontPath(front.page + 1)}>Older stories</Link> : null}
        </nav>
      ) : null}
    </main>
  );
}
