import { useParams } from 'react-router';
import { LoadErrorPage } from '@/components/load-error-page';
import { NotFoundPage } from '@/components/not-found-page';
import { storyQueryOptions, useStoryPage } from '@/features/stories/api/get-story';
import { RelatedStories } from '@/features/stories/components/related-stories';
import { StoryArticle } from '@/features/stories/components/story-article';
import type { ErrorBoundaryProps, LoaderArgs } from '../route-module';
import styles from './story.module.css';

export function loader({ queryClient, params }: LoaderArgs) {
  return queryClient.ensureQueryData(storyQueryOptions(params.slug ?? ''));
}

export function Component() {
  const { slug = '' } = useParams();
  const page = useStoryPage(slug);
  if (!page) return <NotFoundPage />;
  return (
    <>
      <main id="main" tabIndex={-1} className={styles.main}>
        <StoryArticle story={page.story} />
      </main>
      <RelatedStories stories={page.related} currentSlug={page.story.slug} />
    </>
  );
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} heading="This story couldn’t load" />;
}
