import { setUpBrowser } from '@tests/support/browser';
import { FULL_STORY } from '@tests/support/reading';
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');
const browser = setUpBrowser();

async function boxes(width: number, height: number) {
  const { page } = browser;
  await page.setViewportSize({ width, height });
  await page.goto(`${base}${FULL_STORY}`);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r
        ? { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, width: r.width }
        : null;
    };
    // Characters per line of a body paragraph: its width over the average width of its own
    // characters, in its own font.
    const bodyParagraph = document.querySelector('main article div p') as HTMLElement;
    const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    const style = getComputedStyle(bodyParagraph);
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = bodyParagraph.textContent ?? '';
    const average = canvas.measureText(text).width / text.length;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      article: box(document.querySelector('main article')),
      aside: box(document.querySelector('aside')),
      charsPerLine: bodyParagraph.getBoundingClientRect().width / average,
      bodyFont: getComputedStyle(bodyParagraph).fontFamily,
      // The body serif as the design tokens name it.
      bodyToken: getComputedStyle(document.documentElement).getPropertyValue('--font-body').trim(),
      // The web font itself has arrived and is what the text is set in (not a stand-in).
      webFont: [...document.fonts].some(
        (face) =>
          face.family.replace(/"/g, '') === 'Source Serif 4' && face.style === 'normal' && face.status === 'loaded',
      ),
    };
  });
}

describe('layout', () => {
  it('on a phone, shows one column with the sidebar after the story and no sideways scroll', async () => {
    const layout = await boxes(390, 844);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.aside?.top).toBeGreaterThanOrEqual(layout.article?.bottom ?? Number.POSITIVE_INFINITY);
    expect(layout.article?.width).toBeLessThanOrEqual(390);
  });

  it.each([1024, 1280, 1600])(
    'on a wide screen (%i px), sets the story at a readable measure in a serif with the sidebar beside it',
    async (width) => {
      const layout = await boxes(width, 900);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.aside?.left).toBeGreaterThanOrEqual(layout.article?.right ?? Number.POSITIVE_INFINITY);
      expect(layout.aside?.top).toBeLessThan((layout.article?.top ?? 0) + 100);
      console.log(`characters per line at ${width} px: ${layout.charsPerLine.toFixed(1)}`);
      expect(layout.charsPerLine).toBeGreaterThanOrEqual(62);
      expect(layout.charsPerLine).toBeLessThanOrEqual(78);
      // The body stack from the tokens, set in the self-hosted Source Serif 4, ending in the generic serif.
      expect(layout.bodyFont).toBe(layout.bodyToken);
      expect(layout.bodyFont.split(',')[0]).toBe('"Source Serif 4"');
      expect(layout.webFont).toBe(true);
      expect(layout.bodyFont.split(',').at(-1)?.trim()).toBe('serif');
    },
  );
});
