import { act, render, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReadingProgress } from './reading-progress';
import { progressThrough } from './reading-progress-drawing.island';

const rect = (top: number, height: number) => ({ top, height }) as DOMRect;

describe('reading progress', () => {
  it('is empty at the top of the story, half-way in the middle and full at its end', () => {
    expect(progressThrough(rect(100, 2000), 1000)).toBe(0);
    expect(progressThrough(rect(-500, 2000), 1000)).toBe(0.5);
    expect(progressThrough(rect(-1000, 2000), 1000)).toBe(1);
    expect(progressThrough(rect(-1500, 2000), 1000)).toBe(1);
  });

  it('is full for a story shorter than the window once it is scrolled to', () => {
    expect(progressThrough(rect(0, 400), 1000)).toBe(1);
    expect(progressThrough(rect(50, 400), 1000)).toBe(0);
  });

  it('is hidden from assistive technology and carries no style attribute in the server HTML', () => {
    const html = renderToString(<ReadingProgress targetId="main" />);
    expect(html).toContain('aria-hidden="true"');
    expect(html).not.toContain('style=');
  });

  it('draws the bar through the CSSOM once the reader scrolls', async () => {
    let container = document.body;
    // An awaited act: the drawing is an island, suspended until the reader scrolls.
    await act(async () => {
      ({ container } = render(
        <>
          <div id="main" />
          <ReadingProgress targetId="main" />
        </>,
      ));
    });
    const fill = container.querySelector('[aria-hidden="true"] > div') as HTMLElement;
    expect(fill.style.transform).toBe('');
    act(() => void window.dispatchEvent(new Event('scroll')));
    // The drawing code arrives as its own chunk.
    await waitFor(() => expect(fill.style.transform).toMatch(/^scaleX\(/));
  });
});
