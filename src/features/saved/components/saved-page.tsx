import { useRef, useState } from 'react';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { SAVED_TITLE } from '../saved-head';
import { removeSaved, useSavedStories } from '../saved-store';
import { SavedItem } from './saved-item';
import styles from './saved-page.module.css';

/**
 * The reader's saved stories. The server renders a "loading" state (it cannot know what this
 * reader saved); after hydration the list comes from this browser's storage, with no network.
 */
export function SavedPage() {
  const stories = useSavedStories();
  const [message, setMessage] = useState('');
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());

  const remove = (slug: string, headline: string) => {
    if (!stories) return;
    const index = stories.findIndex((story) => story.slug === slug);
    if (!removeSaved(slug)) {
      setMessage('Couldn’t remove it: this browser isn’t letting Broadsheet change what it stored.');
      return;
    }
    setMessage(`Removed “${headline}”.`);
    // Keep keyboard focus in the list: on the next story's Remove button, else the previous one.
    const next = stories[index + 1] ?? stories[index - 1];
    const target = next ? removeButtons.current.get(next.slug) : undefined;
    if (target) target.focus();
    else document.getElementById('saved-heading')?.focus();
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
    </main>
  );
}
