import { OfflineMark } from '@/features/offline/components/offline-mark';
import { VisitedMark } from './visited-mark';

type Props = { slug: string };

/** What this browser knows about a listed story: read already; offline, not available here. */
export function StoryMarks({ slug }: Props) {
  return (
    <>
      <VisitedMark slug={slug} />
      <OfflineMark slug={slug} />
    </>
  );
}
