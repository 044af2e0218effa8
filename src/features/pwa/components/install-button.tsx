import { useSyncExternalStore } from 'react';
import buttonStyles from '@/components/button.module.css';
import { installPrompt, promptInstall } from '../install-prompt';
import { useStandalone } from '../use-standalone';

/**
 * "Install app", shown only while the browser offers installation and the app is not already
 * running installed. Nothing on the server: the offer exists only in the browser.
 */
export function InstallButton() {
  const offer = useSyncExternalStore(installPrompt.subscribe, installPrompt.get, () => null);
  const standalone = useStandalone();
  if (!offer || standalone) return null;
  return (
    <button type="button" className={buttonStyles.button} onClick={() => void promptInstall()}>
      Install <span className="visually-hidden">app</span>
    </button>
  );
}
