import { useEffect } from 'react';
import { isChunkLoadError } from '@/lib/errors';
import buttonStyles from './button.module.css';
import { Link } from './link';
import { MessagePage } from './message-page';

type Props = {
  error: unknown;
  /** Tries again in place (refetches the data); a failed code chunk reloads the page instead. */
  retry: () => void;
  heading?: string;
  /** Whether the page failed for want of a connection: the browser's word, unless the page knows. */
  offline?: boolean;
};

/** The heading of the page for something this device has no copy of, offline. */
export const NOT_AVAILABLE_OFFLINE = 'Not available offline';

/**
 * A page that did not arrive. Offline it says so, points to what is on this device (the Saved
 * page, the front page) and tries again by itself when the connection returns.
 */
export function LoadErrorPage({
  error,
  retry,
  heading = 'This page couldn’t load',
  offline = !navigator.onLine,
}: Props) {
  const chunk = isChunkLoadError(error);
  const onRetry = chunk ? () => window.location.reload() : retry;
  useEffect(() => {
    if (offline) window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [offline, onRetry]);
  return (
    <MessagePage
      heading={offline ? NOT_AVAILABLE_OFFLINE : heading}
      actions={[
        <button
          key="retry"
          type="button"
          className={`${buttonStyles.button} ${buttonStyles.primary}`}
          onClick={onRetry}
        >
          Retry
        </button>,
        offline ? (
          <Link key="saved" to="/saved">
            Saved stories
          </Link>
        ) : null,
      ]}
    >
      <p>
        {offline
          ? 'It opens here when you’re back online.'
          : chunk
            ? 'Part of Broadsheet failed to download. Check your connection, then retry.'
            : 'The story didn’t arrive. Check your connection, then retry.'}
      </p>
    </MessagePage>
  );
}
