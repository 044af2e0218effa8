import { PrefetchLink } from '@/components/prefetch-link';
import { storyPath } from '../api/data-paths';
import type { StorySummary } from '../story-schema';
import styles from './story-summary-item.module.css';
import { VisitedMarkIsland } from './visited-mark-island';

type Props = {
  story: StorySummary;
  /** The heading level for the headline within the surrounding list. */
  level?: 2 | 3;
};

/** A headline that links to its story, with the story's one-paragraph summary beneath it. */
export function StorySummaryItem({ story, level = 3 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className={styles.item}>
      <Heading className={styles.headline}>
        <PrefetchLink to={storyPath(story.slug)} className={styles.link}>
          {story.headline}
        </PrefetchLink>{' '}
        <VisitedMarkIsland slug={story.slug} />
      </Heading>
      <p className={styles.summary}>{story.summary}</p>
    </article>
  );
}
