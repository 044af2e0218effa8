import { useCallback, useId, useRef, useState } from 'react';
import { useHydrated } from '@/lib/hydration';
import { island } from '@/lib/lazy';
import { createStore } from '@/lib/store';
import { whenStore } from '@/lib/when';
import styles from './display-settings.module.css';

/** Whether the reader has pointed at, focused, touched or pressed the button. */
const wanted = createStore(false);
const want = () => wanted.set(true);

/**
 * The choices themselves: fetched on the reader's first sign of interest in the button (pointer,
 * focus, touch), so they are usually there when it is pressed; a tap straight on it opens the
 * panel at once, saying so until they arrive.
 */
const DisplayChoicesIsland = island(() => import('./display-choices.island').then((m) => m.DisplayChoices), {
  when: () => whenStore(wanted, Boolean),
  fallback: <p className={styles.note}>Loading…</p>,
});

/** The header's "Display" button and its panel: theme and story text size, remembered. */
export function DisplaySettings() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  return (
    <div ref={root} className={styles.root}>
      <button
        ref={button}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={want}
        onFocus={want}
        onTouchStart={want}
        onClick={() => {
          want();
          setOpen(!open);
        }}
        disabled={!hydrated}
      >
        Display
      </button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        <DisplayChoicesIsland close={close} root={root} />
      </div>
    </div>
  );
}
