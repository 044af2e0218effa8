import { useEffect, useState } from 'react';
import { isAvailableOffline } from '../offline-copies';
import styles from './unavailable-mark.module.css';

type Props = { slug: string };

/** "⊘ Not available offline" after a headline: a mark and words, not a colour alone. */
export function UnavailableMark({ slug }: Props) {
  const [available, setAvailable] = useState<boolean>();
  useEffect(() => {
    let current = true;
    isAvailableOffline(slug).then(
      (answer) => current && setAvailable(answer),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [slug]);
  if (available !== false) return null;
  return (
    <span className={styles.unavailable}>
      <span aria-hidden="true">⊘ Not available offline</span>
      <span className="visually-hidden">(not available offline)</span>
    </span>
  );
}
