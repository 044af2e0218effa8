import { type RefObject, useEffect, useState } from 'react';
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

type Props = {
  /** Closes the panel, moving focus back to its button when `refocus`. */
  close: (refocus: boolean) => void;
  /** The button (its `aria-expanded` says whether the panel is open) and the panel. */
  root: RefObject<HTMLElement | null>;
};

/**
 * The Display panel's choices: theme and story text size, remembered. While the panel is open,
 * Escape or a click elsewhere closes it, as readers expect of a pop-up.
 */
export function DisplayChoices({ close, root }: Props) {
  const preferences = usePreferences();
  const [unsaved, setUnsaved] = useState(false);

  useEffect(() => {
    const open = () => root.current?.querySelector('[aria-expanded="true"]') != null;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open()) close(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (open() && !root.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [close, root]);

  const change = (next: { theme?: Theme; textSize?: TextSize }) => setUnsaved(!setPreference(next));

  return (
    <>
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
    </>
  );
}
