import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdEarlyClicks, releaseEarlyClick } from './early-clicks';

function link(href: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = 'A link';
  for (const [name, value] of Object.entries(attributes)) a.setAttribute(name, value);
  document.body.append(a);
  return a;
}

function click(target: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  target.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  holdEarlyClicks();
});

afterEach(() => {
  releaseEarlyClick();
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('early clicks, before the app has hydrated', () => {
  it('holds a click on one of the site’s own links and hands it to the app once it is ready', () => {
    const event = click(link('/story/next-story'));
    expect(event.defaultPrevented).toBe(true);
    expect(releaseEarlyClick()).toBe('/story/next-story');
  });

  it('keeps only the last of several clicks', () => {
    click(link('/story/first'));
    click(link('/story/second'));
    expect(releaseEarlyClick()).toBe('/story/second');
  });

  it.each([
    ['a link to another site', () => click(link('https://elsewhere.example/story'))],
    ['a click with a modifier key (new tab)', () => click(link('/story/x'), { ctrlKey: true })],
    ['a link that opens a new window', () => click(link('/story/x', { target: '_blank' }))],
    ['the skip link to #main', () => click(link('#main'))],
  ])('leaves %s to the browser', (_, act) => {
    const event = act();
    expect(event.defaultPrevented).toBe(false);
    expect(releaseEarlyClick()).toBeNull();
  });

  it('follows the link the ordinary way when the app is not ready soon', () => {
    vi.useFakeTimers();
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin, pathname: '/' });
    click(link('/story/slow'));
    vi.advanceTimersByTime(1499);
    expect(assign).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(assign).toHaveBeenCalledWith('/story/slow');
    expect(releaseEarlyClick()).toBeNull();
  });

  it('stops holding clicks once the app is ready', () => {
    releaseEarlyClick();
    const event = click(link('/story/later'));
    expect(event.defaultPrevented).toBe(false);
  });
});
