import { PrefetchLink } from '@/components/prefetch-link';
import type { StorySummary } from '../story-schema';
import { storyPath } from '../story-urls';
import { SectionLink } from './section-link';
import { StoryMarks } from './story-marks';
import styles from './story-summary-item.module.css';

type Props = {
  story: StorySummary;
  /** The heading level for the headline within the surrounding list. */
  level?: 2 | 3;
  /** Shows the story's section above the headline (lists that mix sections). */
  showSection?: boolean;
};

/** A headline that links to its story, with the story's one-paragraph summary beneath it. */
export function StorySummaryItem({ story, level = 3, showSection = false }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className={styles.item}>
      {showSection ? <SectionLink section={story.section} /> : null}
      <Heading className={styles.headline}>
        <PrefetchLink to={storyPath(story.slug)} className={styles.link}>
          {story.headline}
        </PrefetchLink>{' '}
        <StoryMarks slug={story.slug} />
      </Heading>
      <p className={styles.summary}>{story.summary}</p>
    </article>
  );
}
