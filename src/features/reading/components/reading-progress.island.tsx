import { useEffect, useRef } from 'react';
import styles from './reading-progress.module.css';

type Props = {
  /** The id of the element whose reading is measured (the story's main landmark). */
  targetId: string;
};

/** How far the reader has scrolled through `target`, from 0 (its top) to 1 (its end in view). */
export function progressThrough(target: DOMRect, viewportHeight: number): number {
  const scrollable = target.height - viewportHeight;
  if (scrollable <= 0) return target.top <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -target.top / scrollable));
}

/**
 * A thin bar along the top of the window. Decorative (hidden from assistive technology, which
 * has its own sense of position). Scroll events only request a frame; the bar is drawn at most
 * once per frame, through the CSSOM (a style attribute in the HTML would break the CSP).
 */
export function ReadingProgress({ targetId }: Props) {
  const fill = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const target = document.getElementById(targetId);
      if (!target || !fill.current) return;
      const progress = progressThrough(target.getBoundingClientRect(), window.innerHeight);
      fill.current.style.transform = `scaleX(${progress})`;
    };
    const request = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    draw();
    window.addEventListener('scroll', request, { passive: true });
    window.addEventListener('resize', request, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', request);
      window.removeEventListener('resize', request);
    };
  }, [targetId]);

  return (
    <div className={`${styles.track} no-print`} aria-hidden="true">
      <div ref={fill} className={styles.fill} />
    </div>
  );
}
