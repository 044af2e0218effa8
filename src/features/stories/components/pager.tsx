import { Link } from '@/components/link';
import styles from './pager.module.css';

type Props = {
  page: number;
  pageCount: number;
  /** The address of another page of the same list. */
  pathFor: (page: number) => string;
};

/** Newer and older pages of a paged list of stories (the front page, a section). */
export function Pager({ page, pageCount, pathFor }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="More pages" className={styles.pager}>
      {page > 1 ? <Link to={pathFor(page - 1)}>Newer stories</Link> : null}
      {page < pageCount ? <Link to={pathFor(page + 1)}>Older stories</Link> : null}
    </nav>
  );
}
