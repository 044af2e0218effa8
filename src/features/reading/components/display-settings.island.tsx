import { useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '@/lib/hydration';
import { setPreference, type TextSize, type Theme, usePreferences } from '../preferences';
import { ChoiceGroup } from './choice-group';
import styles from './display-settings.module.css';

const THEME_OPTIONS: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const SIZE_OPTIONS: readonly { value: TextSize; label: string }[] = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
  { value: 'x-large', label: 'Largest' },
];

/** The header's "Display" button and its panel: theme and story text size, remembered. */
export function DisplaySettings() {
  const preferences = usePreferences();
  const [open, setOpen] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();

  useEffect(() => {
    if (!open) return;
    // Escape or a click elsewhere closes the panel, as readers expect of a pop-up.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const change = (next: { theme?: Theme; textSize?: TextSize }) => setUnsaved(!setPreference(next));

  return (
    <div ref={root} className={styles.root}>
      <button
        ref={button}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        disabled={!hydrated}
      >
        Display
      </button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        <ChoiceGroup
          legend="Theme"
          name="theme"
          options={THEME_OPTIONS}
          value={preferences.theme}
          onChange={(theme) => change({ theme })}
        />
        <ChoiceGroup
          legend="Text size"
          name="text-size"
          options={SIZE_OPTIONS}
          value={preferences.textSize}
          onChange={(textSize) => change({ textSize })}
        />
        <p className={styles.note} role="status">
          {unsaved ? 'This browser won’t let Broadsheet remember your choice: it lasts until you reload.' : ''}
        </p>
      </div>
    </div>
  );
}
