import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { PrefetchContext } from '@/lib/prefetch';
import { HeaderSearch } from './header-search.island';

function Address() {
  const { pathname, search } = useLocation();
  return <output aria-label="Address">{pathname + search}</output>;
}

function renderHeader(prefetch = vi.fn()) {
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
  return { prefetch };
}

const field = () => screen.getByRole('searchbox', { name: 'Search stories' });

describe('HeaderSearch', () => {
  it('is a search landmark whose form submits to /search with the query as q, without JavaScript too', () => {
    renderHeader();
    const form = screen.getByRole('search', { name: 'Site' });
    expect(form).toHaveAttribute('action', '/search');
    expect(form).toHaveAttribute('method', 'get');
    expect(field()).toHaveAttribute('name', 'q');
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit');
  });

  it('opens the search page for the query inside the app, and clears itself', async () => {
    const user = userEvent.setup();
    renderHeader();
    await user.type(field(), 'dirty bomb & <b>{Enter}');
    expect(screen.getByRole('status', { name: 'Address' })).toHaveTextContent('/search?q=dirty+bomb+%26+%3Cb%3E');
    expect(field()).toHaveValue('');
  });

  it('starts loading the search page when the field is focused', async () => {
    const user = userEvent.setup();
    const { prefetch } = renderHeader();
    await user.click(field());
    expect(prefetch).toHaveBeenCalledWith('/search');
  });

  it('focuses the field on "/", unless the reader is typing in a field', async () => {
    const user = userEvent.setup();
    renderHeader();
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
