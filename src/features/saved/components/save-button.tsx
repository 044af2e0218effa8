import { useState } from 'react';
import buttonStyles from '@/components/button.module.css';
import { Link } from '@/components/link';
import styles from '@/components/tool.module.css';
import type { KeepResult } from '@/features/offline/offline-copies';
import { useHydrated } from '@/lib/hydration';
import { removeSaved, type SavedStory, saveStory, useIsSaved } from '../saved-store';

type Props = { story: Omit<SavedStory, 'savedAt'> };

type Outcome = KeepResult | 'removed' | 'failed' | undefined;

// Loaded on the first press: the code that copies stories into the saved cache.
const offlineCopies = () => import('@/features/offline/offline-copies');

function SavedMessage({ kept }: { kept: KeepResult }) {
  const where = (
    <>
      it’s on your <Link to="/saved">Saved</Link> page
    </>
  );
  if (kept === 'kept') return <>Saved for later, and kept on this device to read offline: {where}.</>;
  if (kept === 'no-space') {
    return (
      <>
        Saved to your list, but there’s no room left on this device to keep it for reading offline. Your{' '}
        <Link to="/saved">Saved</Link> page shows what Broadsheet stores, and can clear it.
      </>
    );
  }
  return <>Saved for later: {where}. This browser can’t keep a copy to read offline.</>;
}

/** Saves the story for later and keeps it on this device (a toggle button); says so, or says why it could not. */
export function SaveButton({ story }: Props) {
  // Unknown while hydrating (the server can't know): shown as not saved until the page is live.
  const saved = useIsSaved(story.slug) ?? false;
  const [outcome, setOutcome] = useState<Outcome>();
  const hydrated = useHydrated();

  const toggle = async () => {
    if (saved) {
      if (!removeSaved(story.slug)) return setOutcome('failed');
      setOutcome('removed');
      await offlineCopies().then(
        (m) => m.dropOffline(story.slug),
        () => {},
      );
      return;
    }
    if (!saveStory(story)) return setOutcome('failed');
    setOutcome(
      await offlineCopies().then(
        (m) => m.keepOffline(story.slug),
        () => 'unavailable' as const,
      ),
    );
  };

  return (
    <>
      <button
        type="button"
        className={buttonStyles.button}
        aria-pressed={saved}
        onClick={() => void toggle()}
        disabled={!hydrated}
      >
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
        {outcome === 'removed' ? (
          'Removed from your saved stories.'
        ) : outcome === 'failed' ? (
          'Can’t save here: this browser isn’t letting Broadsheet store anything (private browsing, or storage is full).'
        ) : outcome ? (
          <SavedMessage kept={outcome} />
        ) : null}
      </p>
    </>
  );
}
