import { useEffect } from 'react';
import { useParams } from 'react-router';
import { LoadErrorPage } from '@/components/load-error-page';
import { NotFoundPage } from '@/components/not-found-page';
import { ReadingProgress } from '@/features/reading/components/reading-progress';
import { storyQueryOptions, useStoryPage } from '@/features/stories/api/get-story';
import { RelatedStories } from '@/features/stories/components/related-stories';
import { loadRichText, needsRichText, RICH_TEXT_MODULE } from '@/features/stories/components/rich-block';
import { StoryArticle } from '@/features/stories/components/story-article';
import { storyHead } from '@/features/stories/story-head';
import { storyPath } from '@/features/stories/story-urls';
import { markVisited } from '@/features/stories/visited-store';
import type { ErrorBoundaryProps, LoaderArgs, PrerenderContext, PrerenderPage } from '../route-module';
import { StoryTools } from '../story/story-tools';
import styles from './story.module.css';

export async function loader({ queryClient, params }: LoaderArgs) {
  const page = await queryClient.ensureQueryData(storyQueryOptions(params.slug ?? ''));
  if (page && needsRichText(page.story)) await loadRichText();
  return page;
}

export function Component() {
  const { slug = '' } = useParams();
  const page = useStoryPage(slug);
  const found = page?.story.slug;
  useEffect(() => {
    if (found) markVisited(found);
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

/** Every story, each with its own data (the story and its related summaries) and head. */
export const prerender = import.meta.env.SSR
  ? ({ content, siteUrl }: PrerenderContext): PrerenderPage[] =>
      content.pages.map((page) => ({
        path: storyPath(page.story.slug),
        head: storyHead(page, siteUrl),
        seed: (queryClient) => queryClient.setQueryData(storyQueryOptions(page.story.slug).queryKey, page),
        modules: needsRichText(page.story) ? [RICH_TEXT_MODULE] : [],
      }))
  : undefined;
