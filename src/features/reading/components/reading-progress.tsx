import { useRef } from 'react';
import { island } from '@/lib/lazy';
import { whenScrolled } from '@/lib/when';
import styles from './reading-progress.module.css';

type Props = {
  /** The id of the element whose reading is measured (the story's main landmark). */
  targetId: string;
};

/** The drawing code, fetched once the reader scrolls: at the top of the page the bar is empty. */
const DrawingIsland = island(() => import('./reading-progress-drawing.island').then((m) => m.ReadingProgressDrawing), {
  when: whenScrolled,
});

/**
 * A thin bar along the top of the window that fills as the reader scrolls through the story.
 * Decorative: hidden from assistive technology, which has its own sense of position.
 */
export function ReadingProgress({ targetId }: Props) {
  const fill = useRef<HTMLDivElement>(null);
  return (
    <div className={`${styles.track} no-print`} aria-hidden="true">
      <div ref={fill} className={styles.fill} />
      <DrawingIsland fill={fill} targetId={targetId} />
    </div>
  );
}
