import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { island } from './lazy';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A trigger the test pulls, and a download the test can watch. */
function setUp(download: () => Promise<typeof Greeting> = async () => Greeting) {
  let pull = () => {};
  const when = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        pull = resolve;
      }),
  );
  const load = vi.fn(download);
  const Island = island(load, { when });
  return { Island, when, load, pull: () => act(async () => pull()) };
}

describe('island', () => {
  it('is not in the prerendered HTML, so the page hydrates without it', async () => {
    const { Island, load } = setUp();
    const html = renderToString(
      <div>
        <Island name="reader" />
      </div>,
    );
    expect(html).toBe('<div></div>');
    const container = document.createElement('div');
    container.innerHTML = html;
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(
        container,
        <div>
          <Island name="reader" />
        </div>,
        { onRecoverableError },
      );
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });

  it('fetches its code only when its trigger fires, then shows it', async () => {
    const { Island, when, load, pull } = setUp();
    await act(async () => {
      render(<Island name="reader" />);
    });
    expect(when).toHaveBeenCalledOnce();
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByText('Hello, reader')).toBeNull();
    await pull();
    expect(load).toHaveBeenCalledOnce();
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
  });

  it('shows nothing, and breaks nothing around it, when its code cannot be downloaded', async () => {
    const { Island, pull } = setUp(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await act(async () => {
      render(
        <>
          <p>The story</p>
          <Island name="reader" />
        </>,
      );
    });
    await pull();
    expect(screen.getByText('The story')).toBeInTheDocument();
    expect(screen.queryByText(/Hello/)).toBeNull();
  });
});
