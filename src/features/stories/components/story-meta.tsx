import type { StoryPage } from '../story-schema';
import styles from './story-article.module.css';

type Props = { story: StoryPage['story'] };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** Byline and date only when the story has them; reading time always (computed at build). */
export function StoryMeta({ story }: Props) {
  return (
    <p className={styles.meta}>
      {story.byline ? <span>By {story.byline}</span> : null}
      {story.datePublished ? (
        <time dateTime={story.datePublished}>{dateFormat.format(new Date(story.datePublished))}</time>
      ) : null}
      <span>{story.readingMinutes} min read</span>
    </p>
  );
}
