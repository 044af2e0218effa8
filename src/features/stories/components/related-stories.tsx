import type { StorySummary } from '../story-schema';
import styles from './related-stories.module.css';
import { StorySummaryItem } from './story-summary-item';

type Props = {
  stories: readonly StorySummary[];
  /** The story on screen: never listed as related to itself. */
  currentSlug: string;
};

/** The sidebar: related headlines, each a link with its one-line summary. */
export function RelatedStories({ stories, currentSlug }: Props) {
  const related = stories.filter((story) => story.slug !== currentSlug);
  if (related.length === 0) return null;
  return (
    <aside className={styles.aside} aria-labelledby="related-heading">
      <h2 id="related-heading" className={styles.heading}>
        Related stories
      </h2>
      <ul className={styles.list}>
        {related.map((story) => (
          <li key={story.slug}>
            <StorySummaryItem story={story} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
