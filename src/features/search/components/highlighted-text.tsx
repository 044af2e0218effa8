import type { Segment } from '../search-hits';
import styles from './search-results.module.css';

type Props = { segments: readonly Segment[] };

/** Text with the matched words marked: React elements around plain text, never parsed HTML. */
export function HighlightedText({ segments }: Props) {
  return segments.map((segment, i) =>
    segment.mark ? (
      <mark key={i} className={styles.match}>
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
