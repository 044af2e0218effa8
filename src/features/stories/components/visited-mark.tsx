import { useVisited } from '../visited-store';
import styles from './story-summary-item.module.css';

type Props = { slug: string };

/** "✓ Read" beside a story the reader has opened: a word and a mark, not a colour alone. */
export function VisitedMark({ slug }: Props) {
  if (!useVisited(slug)) return null;
  return (
    <span className={styles.visited}>
      <span aria-hidden="true">✓ Read</span>
      <span className="visually-hidden">(already read)</span>
    </span>
  );
}
