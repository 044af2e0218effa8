import { useState } from 'react';
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

/** The Display panel's choices: theme and story text size, remembered. */
export function DisplayChoices() {
  const preferences = usePreferences();
  const [unsaved, setUnsaved] = useState(false);

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
