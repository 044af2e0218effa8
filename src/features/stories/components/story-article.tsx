import { PageHeading } from '@/components/page-heading';
import { storyTitle } from '../story-head';
import type { StoryPage } from '../story-schema';
import { RichBlock } from './rich-block';
import { SectionLink } from './section-link';
import styles from './story-article.module.css';
import { StoryBody } from './story-body';
import { StoryMeta } from './story-meta';

type Props = {
  story: StoryPage['story'];
  /** Reading tools (share, save…) placed under the standfirst. */
  tools?: React.ReactNode;
};

/** The story itself: section, headline (the page's one h1), standfirst, lead picture, details and body. */
export function StoryArticle({ story, tools }: Props) {
  return (
    <article className={styles.article} aria-labelledby="story-headline">
      <SectionLink section={story.section} />
      <PageHeading id="story-headline" title={storyTitle(story)} className={styles.headline}>
        {story.headline}
      </PageHeading>
      <p className={styles.standfirst}>{story.standfirst}</p>
      {story.image ? <RichBlock block={story.image} /> : null}
      <StoryMeta story={story} />
      {tools}
      <StoryBody blocks={story.body} />
    </article>
  );
}
