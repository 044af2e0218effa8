import { MessagePage, messagePageTitle } from './message-page';

const HEADING = 'Story not found';

/** The not-found page's title: the served 404 page's <title> and document.title alike. */
export const NOT_FOUND_TITLE = messagePageTitle(HEADING);

/** Shown for an unknown path or a story that does not exist. Never echoes the URL. */
export function NotFoundPage() {
  return (
    <MessagePage heading={HEADING}>
      <p>We couldn’t find a story at this address. It may have been moved, or the link may be mistyped.</p>
    </MessagePage>
  );
}
