import { useRef, useState } from 'react';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { useAvailableOffline } from '@/features/offline/use-available-offline';
import { SAVED_TITLE } from '../saved-head';
import { removeAllSaved, removeSaved, useSavedStories } from '../saved-store';
import { SavedItem } from './saved-item';
import styles from './saved-page.module.css';
import { formatBytes, StorageSummary } from './storage-summary';

const NOTHING: readonly never[] = [];

// Loaded when first needed (the page's own code stays small).
const offlineCopies = () => import('@/features/offline/offline-copies');

/**
 * The reader's saved stories, each saying whether it opens offline here, and what Broadsheet
 * stores on this device. The server renders a "loading" state (it cannot know what this reader
 * saved); after hydration the list comes from this browser's storage, with no network.
 */
export function SavedPage() {
  const stories = useSavedStories();
  const [message, setMessage] = useState('');
  // Bumped when copies are removed, so availability and space are looked up again.
  const [changes, setChanges] = useState(0);
  const available = useAvailableOffline(
    (stories ?? NOTHING).map((story) => story.slug),
    changes,
  );
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());

  const remove = (slug: string, headline: string) => {
    if (!stories) return;
    const index = stories.findIndex((story) => story.slug === slug);
    if (!removeSaved(slug)) {
      setMessage('Couldn’t remove it: this browser isn’t letting Broadsheet change what it stored.');
      return;
    }
    setMessage(`Removed “${headline}”.`);
    void offlineCopies()
      .then((m) => m.dropOffline(slug))
      .then(() => setChanges((n) => n + 1));
    // Keep keyboard focus in the list: on the next story's Remove button, else the previous one.
    const next = stories[index + 1] ?? stories[index - 1];
    const target = next ? removeButtons.current.get(next.slug) : undefined;
    if (target) target.focus();
    else document.getElementById('saved-heading')?.focus();
  };

  const removeEverything = async () => {
    const count = stories?.length ?? 0;
    if (!removeAllSaved()) {
      setMessage('Couldn’t remove everything: this browser isn’t letting Broadsheet change what it stored.');
      return;
    }
    const copies = await offlineCopies();
    await copies.removeOfflineCopies();
    setChanges((n) => n + 1);
    const { usage } = await copies.storageUse();
    const what = count === 1 ? 'your saved story' : count > 1 ? `your ${count} saved stories` : 'nothing saved';
    setMessage(
      `Removed everything: ${what}, and every story kept on this device.${usage === undefined ? '' : ` Broadsheet now uses ${formatBytes(usage)}.`}`,
    );
  };

  return (
    <main id="main" tabIndex={-1} className={styles.main}>
      <PageHeading id="saved-heading" title={SAVED_TITLE} className={styles.title}>
        Saved stories
      </PageHeading>
      <p role="status" className={styles.message}>
        {stories === null ? 'Loading your saved stories…' : message}
      </p>
      {stories === null ? null : stories.length === 0 ? (
        <p className={styles.empty}>
          Nothing saved yet. Use the <strong>Save</strong> button on a story to keep it here; saved stories open even
          when you’re offline. <Link to="/">Go to the front page</Link>
        </p>
      ) : (
        <ul className={styles.list}>
          {stories.map((story) => (
            <li key={story.slug}>
              <SavedItem
                story={story}
                availableOffline={available.get(story.slug)}
                onRemove={() => remove(story.slug, story.headline)}
                buttonRef={(button) => {
                  if (button) removeButtons.current.set(story.slug, button);
                  else removeButtons.current.delete(story.slug);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {stories === null ? null : (
        <StorageSummary savedCount={stories.length} measureAgain={changes} onRemoveEverything={removeEverything} />
      )}
    </main>
  );
}
