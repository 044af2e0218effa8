import { useRef } from 'react';
import { useDocumentTitle, useNavigationFocus } from '@/lib/navigation';
import { pageTitle } from '@/lib/site';
import styles from './page-heading.module.css';

type Props = {
  children: React.ReactNode;
  /** The document title for the page; defaults to the heading's text when it is a string. */
  title?: string;
  className?: string;
  id?: string;
};

/** The page's one h1: sets the document title and takes focus after client-side navigation. */
export function PageHeading({ children, title, className, id }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useNavigationFocus(ref);
  useDocumentTitle(pageTitle(title ?? (typeof children === 'string' ? children : undefined)));
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className={[styles.heading, className].filter(Boolean).join(' ')}>
      {children}
    </h1>
  );
}
