import { useParams } from 'react-router';
import { LoadErrorPage } from '@/components/load-error-page';
import { NotFoundPage } from '@/components/not-found-page';
import { frontPageQueryOptions, useFrontPage } from '@/features/stories/api/get-front-page';
import { FrontPageView } from '@/features/stories/components/front-page-view';
import { parsePageParam } from '@/features/stories/page-param';
import { frontPageHead } from '@/features/stories/story-head';
import { frontPath } from '@/features/stories/story-urls';
import type { ErrorBoundaryProps, LoaderArgs, PrerenderContext, PrerenderPage } from '../route-module';

export function loader({ queryClient, params }: LoaderArgs) {
  return queryClient.ensureQueryData(frontPageQueryOptions(parsePageParam(params.page)));
}

export function Component() {
  const { page } = useParams();
  const front = useFrontPage(parsePageParam(page));
  if (!front) return <NotFoundPage />;
  return <FrontPageView front={front} />;
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} heading="The front page couldn’t load" />;
}

/** Every page of the front-page index. */
export const prerender = import.meta.env.SSR
  ? ({ content, siteUrl }: PrerenderContext): PrerenderPage[] =>
      content.fronts.map((front) => ({
        path: frontPath(front.page),
        head: frontPageHead(front, siteUrl),
        seed: (queryClient) => queryClient.setQueryData(frontPageQueryOptions(front.page).queryKey, front),
      }))
  : undefined;
