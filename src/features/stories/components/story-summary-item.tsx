import { PrefetchLink } from '@/components/prefetch-link';
import type { StorySummary } from '../story-schema';
import { storyPath } from '../story-urls';
import styles from './story-summary-item.module.css';
import { VisitedMark } from './visited-mark';

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
        <VisitedMark slug={story.slug} />
      </Heading>
      <p className={styles.summary}>{story.summary}</p>
    </article>
  );
}
