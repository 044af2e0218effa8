import { PageHeading } from '@/components/page-heading';
import { sectionHeading, sectionPageTitle } from '../story-head';
import type { SectionPage } from '../story-schema';
import { sectionPath } from '../story-urls';
import { Pager } from './pager';
import styles from './section-page-view.module.css';
import { StoryList } from './story-list';

type Props = { section: SectionPage };

/** A section's page: its name, then its stories in front-page order, 20 to a page. */
export function SectionPageView({ section }: Props) {
  const { label, name } = section.section;
  return (
    <main id="main" tabIndex={-1} className={styles.main}>
      <PageHeading title={sectionPageTitle(label, section.page)} className={styles.title}>
        {sectionHeading(label, section.page)}
      </PageHeading>
      <StoryList stories={section.stories} level={2} />
      <Pager page={section.page} pageCount={section.pageCount} pathFor={(page) => sectionPath(name, page)} />
    </main>
  );
}
