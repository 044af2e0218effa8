import { useEffect, useRef, useState } from 'react';
import buttonStyles from '@/components/button.module.css';
import type { StorageUse } from '@/features/offline/offline-copies';
import styles from './storage-summary.module.css';

type Props = {
  savedCount: number;
  /** Changes when what is stored may have changed, to measure again. */
  measureAgain: unknown;
  onRemoveEverything: () => Promise<void>;
};

/** 1,234,567 bytes as "1.2 MB": the figure a reader can compare with other sites'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const stories = (count: number) => (count === 1 ? '1 saved story' : `${count} saved stories`);

/** What Broadsheet stores on this device, and a way to remove it all (asked twice). */
export function StorageSummary({ savedCount, measureAgain, onRemoveEverything }: Props) {
  const [use, setUse] = useState<StorageUse>({});
  const [confirming, setConfirming] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `measureAgain` only asks for a new measurement
  useEffect(() => {
    let current = true;
    import('@/features/offline/offline-copies')
      .then((copies) => copies.storageUse())
      .then(
        (measured) => current && setUse(measured),
        () => {},
      );
    return () => {
      current = false;
    };
  }, [measureAgain]);

  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    ask.current?.focus();
  };

  return (
    <section aria-labelledby="storage-heading" className={styles.storage}>
      <h2 id="storage-heading" className={styles.heading}>
        On this device
      </h2>
      <p className={styles.text}>
        {use.usage === undefined
          ? 'Broadsheet keeps the app and stories on this device so they open offline.'
          : `Broadsheet uses ${formatBytes(use.usage)} on this device: the app, your saved stories, and the stories you read or that were on the front page, so they open offline.`}
        {use.persisted === undefined
          ? null
          : use.persisted
            ? ' Your browser keeps them until you remove them.'
            : ' Your browser may clear them if the device runs low on space.'}
      </p>
      <button
        ref={ask}
        type="button"
        className={buttonStyles.button}
        aria-expanded={confirming}
        aria-controls="remove-everything"
        onClick={() => setConfirming(!confirming)}
      >
        Remove everything…
      </button>
      <fieldset id="remove-everything" className={styles.confirm} hidden={!confirming}>
        <legend className={styles.text}>
          Remove {savedCount > 0 ? `your ${stories(savedCount)} and ` : ''}every story kept on this device? The app
          stays, so it still opens offline.
        </legend>
        <button
          ref={confirm}
          type="button"
          className={`${buttonStyles.button} ${buttonStyles.primary}`}
          onClick={() => {
            close();
            void onRemoveEverything();
          }}
        >
          Remove everything
        </button>
        <button type="button" className={buttonStyles.button} onClick={close}>
          Cancel
        </button>
      </fieldset>
    </section>
  );
}
