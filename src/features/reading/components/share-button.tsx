import { useState, useSyncExternalStore } from 'react';
import buttonStyles from '@/components/button.module.css';
import styles from '@/components/tool.module.css';
import { useHydrated } from '@/lib/hydration';

type Props = {
  title: string;
  /** The page's path; shared as an absolute URL on this origin. */
  path: string;
};

type Outcome = { copied: boolean; url: string } | undefined;

const noSubscription = () => () => {};
const canShare = () => typeof navigator.share === 'function';

/**
 * The system share sheet where the browser has one (Web Share API), otherwise "Copy link" with a
 * visible confirmation. The server cannot know, so it renders "Copy link" and the button becomes
 * "Share" after hydration where sharing exists.
 */
export function ShareButton({ title, path }: Props) {
  const share = useSyncExternalStore(noSubscription, canShare, () => false);
  const [outcome, setOutcome] = useState<Outcome>();
  const hydrated = useHydrated();

  const onClick = async () => {
    const url = new URL(path, window.location.origin).href;
    if (share) {
      try {
        await navigator.share({ title, url });
      } catch {
        // The reader closed the share sheet: nothing to report.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ copied: true, url });
    } catch {
      setOutcome({ copied: false, url });
    }
  };

  return (
    <>
      <button type="button" className={buttonStyles.button} onClick={onClick} disabled={!hydrated}>
        <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M6.5 9.5l3-3M7 4.5l1.5-1.5a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5L7.5 13a2.5 2.5 0 01-3.5-3.5L5.5 8" />
        </svg>
        {share ? 'Share' : 'Copy link'}
      </button>
      <p role="status" className={styles.status}>
        {outcome?.copied ? 'Link copied.' : outcome ? `Couldn’t copy. The link is ${outcome.url}` : null}
      </p>
    </>
  );
}
