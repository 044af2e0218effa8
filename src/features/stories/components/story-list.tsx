import type { StorySummary } from '../story-schema';
import styles from './story-list.module.css';
import { StorySummaryItem } from './story-summary-item';

type Props = {
  stories: readonly StorySummary[];
  /** The heading level of each headline within the page. */
  level: 2 | 3;
  /** Shows each story's section above its headline (a list that mixes sections). */
  showSection?: boolean;
};

/** Headlines with their summaries, in columns on wider screens. */
export function StoryList({ stories, level, showSection = false }: Props) {
  return (
    <ul className={styles.list}>
      {stories.map((story) => (
        <li key={story.slug}>
          <StorySummaryItem story={story} level={level} showSection={showSection} />
        </li>
      ))}
    </ul>
  );
}
