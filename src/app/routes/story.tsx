import { useEffect } from 'react';
import { useParams } from 'react-router';
import { LoadErrorPage } from '@/components/load-error-page';
import { NotFoundPage } from '@/components/not-found-page';
import { storyQueryOptions, useStoryPage } from '@/features/stories/api/get-story';
import { RelatedStories } from '@/features/stories/components/related-stories';
import { StoryArticle } from '@/features/stories/components/story-article';
import { island } from '@/lib/lazy';
import type { ErrorBoundaryProps, LoaderArgs } from '../route-module';
import styles from './story.module.css';

// Reading tools are not needed to paint the story: each arrives in its own chunk and hydrates then.
const StoryTools = island(() => import('../islands/story-tools').then((m) => m.StoryTools));
const ReadingProgress = island(() =>
  import('@/features/reading/components/reading-progress').then((m) => m.ReadingProgress),
);

export function loader({ queryClient, params }: LoaderArgs) {
  return queryClient.ensureQueryData(storyQueryOptions(params.slug ?? ''));
}

export function Component() {
  const { slug = '' } = useParams();
  const page = useStoryPage(slug);
  const found = page?.story.slug;
  useEffect(() => {
    if (!found) return;
    // Only lists use what is recorded, so the recording code need not be on the first load.
    import('@/features/stories/visited-store').then(
      (visited) => visited.markVisited(found),
      () => {},
    );
  }, [found]);
  if (!page) return <NotFoundPage />;
  return (
    <>
      <main id="main" tabIndex={-1} className={styles.main}>
        <ReadingProgress targetId="main" />
        <StoryArticle story={page.story} tools={<StoryTools story={page.story} />} />
      </main>
      <RelatedStories stories={page.related} currentSlug={page.story.slug} />
    </>
  );
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} heading="This story couldn’t load" />;
}
