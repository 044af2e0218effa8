import type { AnchorHTMLAttributes } from 'react';
import { useHref, useLinkClickHandler, useLocation } from 'react-router';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path inside the app, e.g. `/story/<slug>`. */
  to: string;
};

/*
 * Links inside the app. Not react-router's <Link>: its framework-mode prefetching and route
 * discovery, which a declarative <BrowserRouter> never uses, cost every first load ~3 kB gzip.
 * useLinkClickHandler is the router's own click behaviour, published for custom links: a plain
 * click navigates in the page; modifier keys, other buttons and `target` stay the browser's.
 */

/** An ordinary `<a href>` that the router follows in the page. */
export function Link({ to, onClick, target, ...rest }: Props) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    />
  );
}

/** A link that says it is the current page (`aria-current="page"`) on its path and, unless `end`, below it. */
export function NavLink({ end = false, ...props }: Props & { end?: boolean }) {
  const { pathname } = useLocation();
  const current = pathname === props.to || (!end && pathname.startsWith(`${props.to.replace(/\/$/, '')}/`));
  return <Link {...props} aria-current={current ? 'page' : undefined} />;
}
