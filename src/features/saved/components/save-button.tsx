import { useState } from 'react';
import buttonStyles from '@/components/button.module.css';
import { Link } from '@/components/link';
import styles from '@/components/tool.module.css';
import { useHydrated } from '@/lib/hydration';
import { removeSaved, type SavedStory, saveStory, useIsSaved } from '../saved-store';

type Props = { story: Omit<SavedStory, 'savedAt'> };

type Outcome = 'saved' | 'removed' | 'failed' | undefined;

/** Saves the story for later (a toggle button); says so, or says why it could not. */
export function SaveButton({ story }: Props) {
  // Unknown while hydrating (the server can't know): shown as not saved until the page is live.
  const saved = useIsSaved(story.slug) ?? false;
  const [outcome, setOutcome] = useState<Outcome>();
  const hydrated = useHydrated();

  const toggle = () => {
    if (saved) setOutcome(removeSaved(story.slug) ? 'removed' : 'failed');
    else setOutcome(saveStory(story) ? 'saved' : 'failed');
  };

  return (
    <>
      <button type="button" className={buttonStyles.button} aria-pressed={saved} onClick={toggle} disabled={!hydrated}>
        <svg
          className={`${styles.icon} ${saved ? styles.filled : ''}`}
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M3.5 1.5h9v13L8 11l-4.5 3.5z" />
        </svg>
        {saved ? 'Saved' : 'Save'}
      </button>
      <p role="status" className={styles.status}>
        {outcome === 'saved' ? (
          <>
            Saved for later: it’s on your <Link to="/saved">Saved</Link> page.
          </>
        ) : outcome === 'removed' ? (
          'Removed from your saved stories.'
        ) : outcome === 'failed' ? (
          'Can’t save here: this browser isn’t letting Broadsheet store anything (private browsing, or storage is full).'
        ) : null}
      </p>
    </>
  );
}
