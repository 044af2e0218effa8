import { Link } from '@/components/link';
import { useOnline } from '@/features/pwa/use-online';
import styles from './search-results.module.css';

const MAX_QUOTED = 60;

/** The reader's words, quoted, shortened if long: always rendered as text. */
export function quoted(text: string): string {
  const words = text.trim();
  return `“${words.length > MAX_QUOTED ? `${words.slice(0, MAX_QUOTED)}…` : words}”`;
}

/**
 * What to do when nothing matched: another word, or the front page. Offline, a search covers only
 * the part of the index this browser has kept (all of it, for a small site), which it says.
 */
export function NoMatchNote() {
  const online = useOnline();
  return (
    <p className={styles.note}>
      {online ? '' : 'You’re offline: search covers what this browser has kept, and it may find more online. '}
      Check the spelling or try another word, or browse the latest stories on <Link to="/">the front page</Link>.
    </p>
  );
}
