import { createStore } from '@/lib/store';

/**
 * Chromium's install offer. `beforeinstallprompt` can fire before the install button's code has
 * loaded, so a tiny listener installed at startup keeps the event here for the button to read.
 */
export type InstallPromptEvent = Event & {
  prompt: () => Promise<unknown>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

/** The browser's current offer, if any: null until it offers, and again once used or installed. */
export const installPrompt = createStore<InstallPromptEvent | null>(null);

/** Starts listening for the browser's install offer (call once, at startup). */
export function captureInstallPrompt(target: Window = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    // Keep the offer for our own button instead of the browser's mini-infobar.
    event.preventDefault();
    installPrompt.set(event as InstallPromptEvent);
  });
  target.addEventListener('appinstalled', () => installPrompt.set(null));
}

/** Shows the browser's install dialog; an offer can be used only once. */
export async function promptInstall(): Promise<void> {
  const current = installPrompt.get();
  if (!current) return;
  installPrompt.set(null);
  await current.prompt();
}
