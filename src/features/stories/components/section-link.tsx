import { PrefetchLink } from '@/components/prefetch-link';
import { sectionSlug } from '../section-slug';
import { sectionPath } from '../story-urls';
import styles from './section-link.module.css';

type Props = { section: string };

/** The section above a headline ("News"): a kicker that links to the section's page. */
export function SectionLink({ section }: Props) {
  return (
    <p className={styles.kicker}>
      <PrefetchLink to={sectionPath(sectionSlug(section))} className={styles.link}>
        {section}
      </PrefetchLink>
    </p>
  );
}
