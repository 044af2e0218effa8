import { useKeepForOffline } from '@/features/offline/use-keep-for-offline';
import { ShareButton } from '@/features/reading/components/share-button';
import { SaveButton } from '@/features/saved/components/save-button';
import type { StoryPage } from '@/features/stories/story-schema';
import { storyPath } from '@/features/stories/story-urls';
import styles from './story-tools.module.css';

type Props = { story: StoryPage['story'] };

/** The row of tools under a story's standfirst: save for later and share. Also keeps the story for offline reading. */
export function StoryTools({ story }: Props) {
  const { slug, section, headline, standfirst } = story;
  useKeepForOffline(slug);
  return (
    <section className={`${styles.tools} no-print`} aria-label="Story tools">
      <SaveButton story={{ slug, section, headline, summary: standfirst }} />
      <ShareButton title={headline} path={storyPath(slug)} />
    </section>
  );
}
