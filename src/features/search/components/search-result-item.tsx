import { PrefetchLink } from '@/components/prefetch-link';
import { storyPath } from '@/features/stories/story-urls';
import type { SearchHit } from '../search-hits';
import { HighlightedText } from './highlighted-text';
import { OfflineAvailabilityMark } from './offline-availability';
import styles from './search-results.module.css';

type Props = { hit: SearchHit };

/**
 * One result: the story's section, its headline (a link that starts loading the story on hover,
 * focus or touch, like every story link) and an excerpt, the matched words marked in both.
 */
export function SearchResultItem({ hit }: Props) {
  const { before, after, segments } = hit.excerpt;
  return (
    <article className={styles.item}>
      {hit.section && <p className={styles.section}>{hit.section}</p>}
      <h2 className={styles.headline}>
        <PrefetchLink to={storyPath(hit.slug)} className={styles.link}>
          <HighlightedText segments={hit.headline} />
        </PrefetchLink>{' '}
        <OfflineAvailabilityMark slug={hit.slug} />
      </h2>
      {segments.length > 0 && (
        <p className={styles.excerpt}>
          {before && '… '}
          <HighlightedText segments={segments} />
          {after && ' …'}
        </p>
      )}
    </article>
  );
}
