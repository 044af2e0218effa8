import { useRef } from 'react';
import { useDocumentTitle, useNavigationFocus } from '@/lib/navigation';
import styles from './page-heading.module.css';

type Props = {
  children: React.ReactNode;
  /**
   * The document title, from the same function that wrote the page's served <title> (so a page
   * reached in the app and the same page loaded from the server say the same).
   */
  title: string;
  className?: string;
  id?: string;
};

/** The page's one h1: sets the document title and takes focus after client-side navigation. */
export function PageHeading({ children, title, className, id }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useNavigationFocus(ref);
  useDocumentTitle(title);
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className={[styles.heading, className].filter(Boolean).join(' ')}>
      {children}
    </h1>
  );
}
