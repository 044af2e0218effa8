import { MessagePage } from './message-page';

/** Shown for an unknown path or a story that does not exist. Never echoes the URL. */
export function NotFoundPage() {
  return (
    <MessagePage heading="Story not found">
      <p>We couldn’t find a story at this address. It may have been moved, or the link may be mistyped.</p>
    </MessagePage>
  );
}
