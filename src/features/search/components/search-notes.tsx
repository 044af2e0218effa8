import { Link } from 'react-router';
import styles from './search-results.module.css';

const MAX_QUOTED = 60;

/** The reader's words, quoted, shortened if long: always rendered as text. */
export function quoted(text: string): string {
  const words = text.trim();
  return `“${words.length > MAX_QUOTED ? `${words.slice(0, MAX_QUOTED)}…` : words}”`;
}

/** What to do when nothing matched: another word, or the front page. */
export function NoMatchNote() {
  return (
    <p className={styles.note}>
      Check the spelling or try another word, or browse the latest stories on <Link to="/">the front page</Link>.
    </p>
  );
}
