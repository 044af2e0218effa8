import { useEffect } from 'react';
import { useParams } from 'react-router';
import { LoadErrorPage } from '@/components/load-error-page';
import { storyQueryOptions, useStoryPage } from '@/features/stories/api/get-story';
import { RelatedStories } from '@/features/stories/components/related-stories';
import { StoryArticle } from '@/features/stories/components/story-article';
import { storyHead } from '@/features/stories/story-head';
import { storyPath } from '@/features/stories/story-urls';
import { island } from '@/lib/lazy';
import type { ErrorBoundaryProps, LoaderArgs, PrerenderContext, PrerenderPage } from '../route-module';
import styles from './story.module.css';

// Reading tools are not needed to paint the story: each arrives in its own chunk and hydrates then.
const StoryToolsIsland = island(() => import('../islands/story-tools.island').then((m) => m.StoryTools));
// Only a client navigation to a story that does not exist needs this (the host's 404 page is
// another route), so it does not weigh on every story's first load.
const NotFoundPageIsland = island(() => import('@/components/not-found-page').then((m) => m.NotFoundPage));
const ReadingProgressIsland = island(() =>
  import('@/features/reading/components/reading-progress.island').then((m) => m.ReadingProgress),
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
  if (!page) return <NotFoundPageIsland />;
  return (
    <>
      <main id="main" tabIndex={-1} className={styles.main}>
        <ReadingProgressIsland targetId="main" />
        <StoryArticle story={page.story} tools={<StoryToolsIsland story={page.story} />} />
      </main>
      <RelatedStories stories={page.related} currentSlug={page.story.slug} />
    </>
  );
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} heading="This story couldn’t load" />;
}

/** Every story, each with its own data (the story and its related summaries) and head. */
export const prerender = import.meta.env.SSR
  ? ({ content, siteUrl }: PrerenderContext): PrerenderPage[] =>
      content.pages.map((page) => ({
        path: storyPath(page.story.slug),
        head: storyHead(page, siteUrl),
        seed: (queryClient) => queryClient.setQueryData(storyQueryOptions(page.story.slug).queryKey, page),
      }))
  : undefined;
