import { Suspense, useState } from 'react';
import buttonStyles from '@/components/button.module.css';
import styles from '@/components/tool.module.css';
import { useHydrated } from '@/lib/hydration';
import { loadable, useLoadable } from '@/lib/lazy';
import { removeSaved, type SavedStory, saveStory, useIsSaved } from '../saved-store';
import type { SaveOutcome } from './save-outcome';

type Props = { story: Omit<SavedStory, 'savedAt'> };

// Loaded on the first press, not with the story: the code that copies stories into the saved
// cache, and the sentences that say what happened.
const offlineCopies = () => import('@/features/offline/offline-copies');
const outcomeMessages = loadable(() => import('./save-outcome'));

function OutcomeMessage({ outcome }: { outcome: SaveOutcome }) {
  const { SaveOutcomeMessage } = useLoadable(outcomeMessages);
  return <SaveOutcomeMessage outcome={outcome} />;
}

/** Saves the story for later and keeps it on this device (a toggle button); says so, or says why it could not. */
export function SaveButton({ story }: Props) {
  // Unknown while hydrating (the server can't know): shown as not saved until the page is live.
  const saved = useIsSaved(story.slug) ?? false;
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const hydrated = useHydrated();

  const toggle = async () => {
    const say = (said: SaveOutcome) =>
      outcomeMessages.load().then(
        () => setOutcome(said),
        () => {},
      );
    if (saved) {
      if (!removeSaved(story.slug)) return say('failed');
      await say('removed');
      await offlineCopies().then(
        (m) => m.dropOffline(story.slug),
        () => {},
      );
      return;
    }
    if (!saveStory(story)) return say('failed');
    await say(
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
        <Suspense fallback={null}>{outcome ? <OutcomeMessage outcome={outcome} /> : null}</Suspense>
      </p>
    </>
  );
}
