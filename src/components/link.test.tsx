import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@tests/support/render';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Link, NavLink } from './link';

function CurrentPath() {
  return <p>Now at {useLocation().pathname}</p>;
}

describe('Link', () => {
  it('is an ordinary link to its path, which a plain click opens in the page', async () => {
    renderWithProviders(
      <>
        <Link to="/story/elsewhere">Elsewhere</Link>
        <CurrentPath />
      </>,
    );
    const link = screen.getByRole('link', { name: 'Elsewhere' });
    expect(link).toHaveAttribute('href', '/story/elsewhere');
    await userEvent.click(link);
    expect(screen.getByText('Now at /story/elsewhere')).toBeInTheDocument();
  });

  it('leaves a click with a modifier key (a new tab) to the browser', () => {
    renderWithProviders(
      <>
        <Link to="/story/elsewhere">Elsewhere</Link>
        <CurrentPath />
      </>,
    );
    const followed = fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }), { ctrlKey: true });
    expect(followed).toBe(true);
    expect(screen.getByText('Now at /')).toBeInTheDocument();
  });

  it('runs its own click handler first, which may keep the router out', () => {
    renderWithProviders(
      <>
        <Link to="/story/elsewhere" onClick={(event) => event.preventDefault()}>
          Elsewhere
        </Link>
        <CurrentPath />
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(screen.getByText('Now at /')).toBeInTheDocument();
  });
});

describe('NavLink', () => {
  it('tells assistive technology which page the reader is on, below it too unless `end`', () => {
    renderWithProviders(
      <nav>
        <NavLink to="/" end>
          Front page
        </NavLink>
        <NavLink to="/saved">Saved</NavLink>
      </nav>,
      { path: '/saved/later' },
    );
    expect(screen.getByRole('link', { name: 'Saved' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Front page' })).not.toHaveAttribute('aria-current');
  });

  it('marks the front page only on the front page', () => {
    renderWithProviders(
      <NavLink to="/" end>
        Front page
      </NavLink>,
    );
    expect(screen.getByRole('link', { name: 'Front page' })).toHaveAttribute('aria-current', 'page');
  });
});
