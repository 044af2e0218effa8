import { Suspense } from 'react';
import { lazyComponent } from '@/lib/lazy';

// Visited marks appear only after hydration, so their code (and storage access) loads lazily.
const VisitedMark = lazyComponent(() => import('./visited-mark').then((m) => m.VisitedMark));

type Props = { slug: string };

/** The "Read" mark for a story, as a lazy island: the prerendered page never shows one. */
export function VisitedMarkIsland({ slug }: Props) {
  return (
    <Suspense fallback={null}>
      <VisitedMark slug={slug} />
    </Suspense>
  );
}
