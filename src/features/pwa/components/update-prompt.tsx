import { island } from '@/lib/lazy';
import { whenStore } from '@/lib/when';
import { updateAvailable } from '../update-available';

/** The notice's code: fetched once a new version is waiting, which no first visit has. */
const UpdateNoticeIsland = island(() => import('./update-notice.island').then((m) => m.UpdateNotice), {
  when: () => whenStore(updateAvailable, Boolean),
});

/**
 * Offers a new version once it is ready; only the reader's click reloads the page. The live
 * region is always on the page, so that the notice is announced when it appears in it.
 */
export function UpdatePrompt() {
  return (
    <div role="status">
      <UpdateNoticeIsland />
    </div>
  );
}
