import { type RefObject, useEffect } from 'react';

type Props = {
  /** The bar's fill, drawn by scaling it along the x axis. */
  fill: RefObject<HTMLDivElement | null>;
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
 * Keeps the reading progress bar up to date. Scroll events only request a frame; the bar is drawn
 * at most once per frame, through the CSSOM (a style attribute in the HTML would break the CSP).
 */
export function ReadingProgressDrawing({ fill, targetId }: Props) {
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
  }, [fill, targetId]);
  return null;
}
