import { PageHeading } from '@/components/page-heading';
import { PrefetchLink } from '@/components/prefetch-link';
import { frontPageTitle } from '../story-head';
import type { FrontPage } from '../story-schema';
import { frontPath, storyPath } from '../story-urls';
import styles from './front-page-view.module.css';
import { Pager } from './pager';
import { SectionLink } from './section-link';
import { StoryList } from './story-list';
import { StoryMarks } from './story-marks';

type Props = { front: FrontPage };

/** The front page: the lead story first and large, the rest listed beneath it. */
export function FrontPageView({ front }: Props) {
  const lead = front.page === 1 ? front.stories[0] : undefined;
  const rest = lead ? front.stories.slice(1) : front.stories;
  const title = front.page === 1 ? 'Top stories' : `Stories, page ${front.page}`;
  return (
    <main id="main" tabIndex={-1} className={styles.main}>
      <PageHeading title={frontPageTitle(front.page)} className={styles.title}>
        {title}
      </PageHeading>
      {lead ? (
        <article className={styles.lead} aria-labelledby="lead-headline">
          <SectionLink section={lead.section} />
          <h2 id="lead-headline" className={styles.leadHeadline}>
            <PrefetchLink to={storyPath(lead.slug)} className={styles.leadLink}>
              {lead.headline}
            </PrefetchLink>{' '}
            <StoryMarks slug={lead.slug} />
          </h2>
          <p className={styles.leadSummary}>{lead.summary}</p>
        </article>
      ) : null}
      {rest.length > 0 ? (
        <section aria-labelledby="more-heading" className={styles.more}>
          <h2 id="more-heading" className={styles.moreHeading}>
            {lead ? 'More stories' : 'Stories'}
          </h2>
          <StoryList stories={rest} level={3} showSection />
        </section>
      ) : null}
      <Pager page={front.page} pageCount={front.pageCount} pathFor={frontPath} />
    </main>
  );
}
