import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { PrefetchContext } from '@/lib/prefetch';
import { HeaderSearch } from './header-search';

function Address() {
  const { pathname, search } = useLocation();
  return <output aria-label="Address">{pathname + search}</output>;
}

/**
 * Rendered inside an awaited act: the form's behaviour is an island waiting for the reader, and
 * React flushes updates after a component suspends only in an awaited act (as a browser always does).
 */
async function renderHeader(prefetch = vi.fn()) {
  await act(async () => {
    render(
      <MemoryRouter initialEntries={['/story/somewhere']}>
        <PrefetchContext value={prefetch}>
          <HeaderSearch />
          <label>
            Another field <input type="text" />
          </label>
          <Address />
        </PrefetchContext>
      </MemoryRouter>,
    );
  });
  return { prefetch };
}

const field = () => screen.getByRole('searchbox', { name: 'Search stories' });

describe('HeaderSearch', () => {
  it('is a search landmark whose form submits to /search with the query as q, without JavaScript too', async () => {
    await renderHeader();
    const form = screen.getByRole('search', { name: 'Site' });
    expect(form).toHaveAttribute('action', '/search');
    expect(form).toHaveAttribute('method', 'get');
    expect(field()).toHaveAttribute('name', 'q');
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit');
  });

  // First: once its code is in memory, the form's behaviour is there from the start.
  it('loads nothing of search until the reader turns to the form, then starts loading the search page', async () => {
    const user = userEvent.setup();
    const { prefetch } = await renderHeader();
    expect(prefetch).not.toHaveBeenCalled();
    await act(() => user.click(field()));
    await waitFor(() => expect(prefetch).toHaveBeenCalledWith('/search'), { timeout: 10_000 });
  });

  it('opens the search page for the query inside the app once the reader turns to it, and clears itself', async () => {
    const user = userEvent.setup();
    const { prefetch } = await renderHeader();
    await user.click(field());
    await waitFor(() => expect(prefetch).toHaveBeenCalled());
    await user.type(field(), 'dirty bomb & <b>{Enter}');
    expect(screen.getByRole('status', { name: 'Address' })).toHaveTextContent('/search?q=dirty+bomb+%26+%3Cb%3E');
    expect(field()).toHaveValue('');
  });

  it('focuses the field on "/", unless the reader is typing in a field', async () => {
    const user = userEvent.setup();
    await renderHeader();
    await user.keyboard('/');
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue('');

    const other = screen.getByRole('textbox', { name: 'Another field' });
    await user.click(other);
    await user.keyboard('a/b');
    expect(other).toHaveValue('a/b');
    expect(other).toHaveFocus();
  });
});
