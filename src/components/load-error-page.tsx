import { isChunkLoadError } from '@/lib/errors';
import buttonStyles from './button.module.css';
import { MessagePage } from './message-page';

type Props = {
  error: unknown;
  /** Tries again in place (refetches the data); a failed code chunk reloads the page instead. */
  retry: () => void;
  heading?: string;
};

export function LoadErrorPage({ error, retry, heading = 'This page couldn’t load' }: Props) {
  const chunk = isChunkLoadError(error);
  const onRetry = chunk ? () => window.location.reload() : retry;
  return (
    <MessagePage
      heading={heading}
      actions={
        <button type="button" className={`${buttonStyles.button} ${buttonStyles.primary}`} onClick={onRetry}>
          Retry
        </button>
      }
    >
      <p>
        {chunk
          ? 'Part of Broadsheet failed to download. Check your connection, then retry.'
          : 'The story didn’t arrive. Check your connection, then retry.'}
      </p>
    </MessagePage>
  );
}
