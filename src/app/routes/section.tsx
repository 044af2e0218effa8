import { useParams } from 'react-router';
import { LoadErrorPage } from '@/components/load-error-page';
import { NotFoundPage } from '@/components/not-found-page';
import { sectionPageQueryOptions, useSectionPage } from '@/features/stories/api/get-section-page';
import { SectionPageView } from '@/features/stories/components/section-page-view';
import { parsePageParam } from '@/features/stories/page-param';
import { sectionPageHead } from '@/features/stories/story-head';
import { sectionPath } from '@/features/stories/story-urls';
import type { ErrorBoundaryProps, LoaderArgs, PrerenderContext, PrerenderPage } from '../route-module';

export function loader({ queryClient, params }: LoaderArgs) {
  return queryClient.ensureQueryData(sectionPageQueryOptions(params.name ?? '', parsePageParam(params.page)));
}

export function Component() {
  const { name = '', page } = useParams();
  const section = useSectionPage(name, parsePageParam(page));
  if (!section) return <NotFoundPage />;
  return <SectionPageView section={section} />;
}

export function ErrorBoundary({ error, retry }: ErrorBoundaryProps) {
  return <LoadErrorPage error={error} retry={retry} heading="This section couldn’t load" />;
}

/** Every page of every section's index. */
export const prerender = import.meta.env.SSR
  ? ({ content, siteUrl }: PrerenderContext): PrerenderPage[] =>
      content.sections.map((section) => ({
        path: sectionPath(section.section.name, section.page),
        head: sectionPageHead(section, siteUrl),
        seed: (queryClient) =>
          queryClient.setQueryData(sectionPageQueryOptions(section.section.name, section.page).queryKey, section),
      }))
  : undefined;
