import buttonStyles from '@/components/button.module.css';
import { PrefetchLink } from '@/components/prefetch-link';
import { SectionLink } from '@/features/stories/components/section-link';
import { storyPath } from '@/features/stories/story-urls';
import type { SavedStory } from '../saved-store';
import styles from './saved-page.module.css';

type Props = {
  story: SavedStory;
  /** Whether it opens offline on this device; undefined while that is being looked up. */
  availableOffline: boolean | undefined;
  onRemove: () => void;
  buttonRef: (button: HTMLButtonElement | null) => void;
};

/** One saved story: its headline (a link), its summary, whether it opens offline, and a button to remove it. */
export function SavedItem({ story, availableOffline, onRemove, buttonRef }: Props) {
  return (
    <article className={styles.item}>
      <SectionLink section={story.section} />
      <h2 className={styles.headline}>
        <PrefetchLink to={storyPath(story.slug)} className={styles.link}>
          {story.headline}
        </PrefetchLink>
      </h2>
      <p className={styles.summary}>{story.summary}</p>
      {availableOffline === undefined ? null : (
        <p className={availableOffline ? styles.offline : styles.onlineOnly}>
          <span aria-hidden="true">{availableOffline ? '✓ ' : '⊘ '}</span>
          {availableOffline ? 'Available offline' : 'Not available offline'}
        </p>
      )}
      {/* The name starts with the visible word, so speech control ("click Remove") still finds it. */}
      <button
        ref={buttonRef}
        type="button"
        className={buttonStyles.button}
        aria-label={`Remove “${story.headline}” from saved stories`}
        onClick={onRemove}
      >
        Remove
      </button>
    </article>
  );
}
