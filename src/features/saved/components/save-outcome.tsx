import { Link } from '@/components/link';
import type { KeepResult } from '@/features/offline/offline-copies';

/*
 * What the Save button says once pressed: in a chunk of its own, loaded on the first press (with
 * the code that keeps the story offline), since most readers of a story never press it.
 */

/** What pressing Save did: saved (and how far it could be kept offline), removed, or failed. */
export type SaveOutcome = KeepResult | 'removed' | 'failed';

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

/** The sentence for an outcome, links included. */
export function SaveOutcomeMessage({ outcome }: { outcome: SaveOutcome }) {
  if (outcome === 'removed') return <>Removed from your saved stories.</>;
  if (outcome === 'failed') {
    return (
      <>Can’t save here: this browser isn’t letting Broadsheet store anything (private browsing, or storage is full).</>
    );
  }
  return <SavedMessage kept={outcome} />;
}
